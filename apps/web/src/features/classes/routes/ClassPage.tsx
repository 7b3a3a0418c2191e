// Placeholder until the page lands.
export function ClassPage() {
  return null;
}
