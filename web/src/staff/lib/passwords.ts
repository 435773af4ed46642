/** The server's rule (src/app/users/create-admin.ts): at least 12 characters. */
export const MIN_PASSWORD_LENGTH = 12;

/** A field error key for a password that the server would refuse, or undefined. */
export function passwordProblem(password: string): 'required' | 'passwordTooShort' | undefined {
  if (password === '') return 'required';
  if (password.length < MIN_PASSWORD_LENGTH) return 'passwordTooShort';
  return undefined;
}
