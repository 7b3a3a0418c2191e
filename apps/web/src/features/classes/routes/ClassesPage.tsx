// Placeholder until the page lands.
export function ClassesPage() {
  return null;
}
