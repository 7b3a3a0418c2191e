// Placeholder until the page lands.
export function CheckinPage() {
  return null;
}
