// Placeholder until the page lands.
export function MentoringPage() {
  return null;
}
