// Placeholder until the page lands.
export function NetworkPage() {
  return null;
}
