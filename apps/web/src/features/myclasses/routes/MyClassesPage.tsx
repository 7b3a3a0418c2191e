// Placeholder until the page lands.
export function MyClassesPage() {
  return null;
}
