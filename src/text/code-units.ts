/**
 * Code units of the punctuation that stages test a token for with `TokenList.unit` (a
 * one-unit token of the matching view), kept in one place instead of in each stage.
 */
export const Unit = {
  Comma: 0x2c,
  ArabicComma: 0x60c,
  Semicolon: 0x3b,
  ArabicSemicolon: 0x61b,
  Colon: 0x3a,
  Pipe: 0x7c,
  Period: 0x2e,
  Exclamation: 0x21,
  Question: 0x3f,
  ArabicQuestion: 0x61f,
  ClosingParen: 0x29,
  Hyphen: 0x2d,
  Slash: 0x2f,
  Ampersand: 0x26,
  Apostrophe: 0x27,
} as const;
