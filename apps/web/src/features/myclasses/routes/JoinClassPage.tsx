// Placeholder until the page lands.
export function JoinClassPage() {
  return null;
}
