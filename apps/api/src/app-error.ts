/** An expected failure with a message for the person (Vietnamese) and a stable machine code. */
export class AppError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}
