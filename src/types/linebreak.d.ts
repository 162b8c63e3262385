/** The `linebreak` package (UAX #14), which ships no types: what this project calls. */
declare module 'linebreak' {
  export interface Break {
    /** Index in the text (UTF-16 units) where the next line may start. */
    position: number;
    /** A mandatory break (after a newline). */
    required: boolean;
  }
  export default class LineBreaker {
    constructor(text: string);
    nextBreak(): Break | null;
  }
}
