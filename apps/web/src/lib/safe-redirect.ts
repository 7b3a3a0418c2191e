/** Only same-site paths may be used as a post-login target (no open redirect via ?redirect=). */
export function safeRedirectTarget(target: string | undefined): string {
  return target?.startsWith('/') &&
    !target.startsWith('//') &&
    !target.startsWith('/login') &&
    !target.startsWith('/register')
    ? target
    : '/';
}
