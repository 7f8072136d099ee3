/** The element ids of one question, shared by the form, its error summary and the quiz script. */
export const fieldIds = (field: string) => ({
  hint: `${field}-hint`,
  error: `${field}-error`,
  /** The i-th input; the error summary links to the first one. */
  input: (i: number) => `${field}-${i}`,
});
