/** The element ids of one question, shared by the form, its error summary and the quiz script. */
export const fieldIds = (field: string) => ({
  hint: `${field}-hint`,
  error: `${field}-error`,
  /** The i-th input; the error summary links to the first one. */
  input: (i: number) => `${field}-${i}`,
});

/** The quiz form's id: the doctor's-check box in the care card belongs to the form through it. */
export const QUIZ_FORM_ID = 'quiz-form';
