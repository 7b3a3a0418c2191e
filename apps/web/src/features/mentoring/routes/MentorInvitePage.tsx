// Placeholder until the page lands.
export function MentorInvitePage() {
  return null;
}
