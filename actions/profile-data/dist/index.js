import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 76501:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const pico = __nccwpck_require__(81667);
const utils = __nccwpck_require__(40504);

function picomatch(glob, options, returnState = false) {
  // default to os.platform()
  if (options && (options.windows === null || options.windows === undefined)) {
    // don't mutate the original options object
    options = { ...options, windows: utils.isWindows() };
  }

  return pico(glob, options, returnState);
}

Object.assign(picomatch, pico);
module.exports = picomatch;


/***/ }),

/***/ 34564:
/***/ ((module) => {



const WIN_SLASH = '\\\\/';
const WIN_NO_SLASH = `[^${WIN_SLASH}]`;

const DEFAULT_MAX_EXTGLOB_RECURSION = 0;

/**
 * Posix glob regex
 */

const DOT_LITERAL = '\\.';
const PLUS_LITERAL = '\\+';
const QMARK_LITERAL = '\\?';
const SLASH_LITERAL = '\\/';
const ONE_CHAR = '(?=.)';
const QMARK = '[^/]';
const END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
const START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
const DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
const NO_DOT = `(?!${DOT_LITERAL})`;
const NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
const NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
const NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
const QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
const STAR = `${QMARK}*?`;
const SEP = '/';

const POSIX_CHARS = {
  DOT_LITERAL,
  PLUS_LITERAL,
  QMARK_LITERAL,
  SLASH_LITERAL,
  ONE_CHAR,
  QMARK,
  END_ANCHOR,
  DOTS_SLASH,
  NO_DOT,
  NO_DOTS,
  NO_DOT_SLASH,
  NO_DOTS_SLASH,
  QMARK_NO_DOT,
  STAR,
  START_ANCHOR,
  SEP
};

/**
 * Windows glob regex
 */

const WINDOWS_CHARS = {
  ...POSIX_CHARS,

  SLASH_LITERAL: `[${WIN_SLASH}]`,
  QMARK: WIN_NO_SLASH,
  STAR: `${WIN_NO_SLASH}*?`,
  DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
  NO_DOT: `(?!${DOT_LITERAL})`,
  NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
  NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
  START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
  END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
  SEP: '\\'
};

/**
 * POSIX Bracket Regex
 */

const POSIX_REGEX_SOURCE = {
  __proto__: null,
  alnum: 'a-zA-Z0-9',
  alpha: 'a-zA-Z',
  ascii: '\\x00-\\x7F',
  blank: ' \\t',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '\\x21-\\x7E',
  lower: 'a-z',
  print: '\\x20-\\x7E ',
  punct: '\\-!"#$%&\'()\\*+,./:;<=>?@[\\]^_`{|}~',
  space: ' \\t\\r\\n\\v\\f',
  upper: 'A-Z',
  word: 'A-Za-z0-9_',
  xdigit: 'A-Fa-f0-9'
};

module.exports = {
  DEFAULT_MAX_EXTGLOB_RECURSION,
  MAX_LENGTH: 1024 * 64,
  POSIX_REGEX_SOURCE,

  // regular expressions
  REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
  REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
  REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
  REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
  REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
  REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,

  // Replace globs with equivalent patterns to reduce parsing time.
  REPLACEMENTS: {
    __proto__: null,
    '***': '*',
    '**/**': '**',
    '**/**/**': '**'
  },

  // Digits
  CHAR_0: 48, /* 0 */
  CHAR_9: 57, /* 9 */

  // Alphabet chars.
  CHAR_UPPERCASE_A: 65, /* A */
  CHAR_LOWERCASE_A: 97, /* a */
  CHAR_UPPERCASE_Z: 90, /* Z */
  CHAR_LOWERCASE_Z: 122, /* z */

  CHAR_LEFT_PARENTHESES: 40, /* ( */
  CHAR_RIGHT_PARENTHESES: 41, /* ) */

  CHAR_ASTERISK: 42, /* * */

  // Non-alphabetic chars.
  CHAR_AMPERSAND: 38, /* & */
  CHAR_AT: 64, /* @ */
  CHAR_BACKWARD_SLASH: 92, /* \ */
  CHAR_CARRIAGE_RETURN: 13, /* \r */
  CHAR_CIRCUMFLEX_ACCENT: 94, /* ^ */
  CHAR_COLON: 58, /* : */
  CHAR_COMMA: 44, /* , */
  CHAR_DOT: 46, /* . */
  CHAR_DOUBLE_QUOTE: 34, /* " */
  CHAR_EQUAL: 61, /* = */
  CHAR_EXCLAMATION_MARK: 33, /* ! */
  CHAR_FORM_FEED: 12, /* \f */
  CHAR_FORWARD_SLASH: 47, /* / */
  CHAR_GRAVE_ACCENT: 96, /* ` */
  CHAR_HASH: 35, /* # */
  CHAR_HYPHEN_MINUS: 45, /* - */
  CHAR_LEFT_ANGLE_BRACKET: 60, /* < */
  CHAR_LEFT_CURLY_BRACE: 123, /* { */
  CHAR_LEFT_SQUARE_BRACKET: 91, /* [ */
  CHAR_LINE_FEED: 10, /* \n */
  CHAR_NO_BREAK_SPACE: 160, /* \u00A0 */
  CHAR_PERCENT: 37, /* % */
  CHAR_PLUS: 43, /* + */
  CHAR_QUESTION_MARK: 63, /* ? */
  CHAR_RIGHT_ANGLE_BRACKET: 62, /* > */
  CHAR_RIGHT_CURLY_BRACE: 125, /* } */
  CHAR_RIGHT_SQUARE_BRACKET: 93, /* ] */
  CHAR_SEMICOLON: 59, /* ; */
  CHAR_SINGLE_QUOTE: 39, /* ' */
  CHAR_SPACE: 32, /*   */
  CHAR_TAB: 9, /* \t */
  CHAR_UNDERSCORE: 95, /* _ */
  CHAR_VERTICAL_LINE: 124, /* | */
  CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279, /* \uFEFF */

  /**
   * Create EXTGLOB_CHARS
   */

  extglobChars(chars) {
    return {
      '!': { type: 'negate', open: '(?:(?!(?:', close: `))${chars.STAR})` },
      '?': { type: 'qmark', open: '(?:', close: ')?' },
      '+': { type: 'plus', open: '(?:', close: ')+' },
      '*': { type: 'star', open: '(?:', close: ')*' },
      '@': { type: 'at', open: '(?:', close: ')' }
    };
  },

  /**
   * Create GLOB_CHARS
   */

  globChars(win32) {
    return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
  }
};


/***/ }),

/***/ 41458:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const constants = __nccwpck_require__(34564);
const utils = __nccwpck_require__(40504);

/**
 * Constants
 */

const {
  MAX_LENGTH,
  POSIX_REGEX_SOURCE,
  REGEX_NON_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_BACKREF,
  REPLACEMENTS
} = constants;

/**
 * Helpers
 */

const expandRange = (args, options) => {
  if (typeof options.expandRange === 'function') {
    return options.expandRange(...args, options);
  }

  args.sort();
  const value = `[${args.join('-')}]`;

  try {
    /* eslint-disable-next-line no-new */
    new RegExp(value);
  } catch (ex) {
    return args.map(v => utils.escapeRegex(v)).join('..');
  }

  return value;
};

/**
 * Create the message for a syntax error
 */

const syntaxError = (type, char) => {
  return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
};

const splitTopLevel = input => {
  const parts = [];
  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let value = '';
  let escaped = false;

  for (const ch of input) {
    if (escaped === true) {
      value += ch;
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      value += ch;
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      value += ch;
      continue;
    }

    if (quote === 0) {
      if (ch === '[') {
        bracket++;
      } else if (ch === ']' && bracket > 0) {
        bracket--;
      } else if (bracket === 0) {
        if (ch === '(') {
          paren++;
        } else if (ch === ')' && paren > 0) {
          paren--;
        } else if (ch === '|' && paren === 0) {
          parts.push(value);
          value = '';
          continue;
        }
      }
    }

    value += ch;
  }

  parts.push(value);
  return parts;
};

const isPlainBranch = branch => {
  let escaped = false;

  for (const ch of branch) {
    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (/[?*+@!()[\]{}]/.test(ch)) {
      return false;
    }
  }

  return true;
};

const normalizeSimpleBranch = branch => {
  let value = branch.trim();
  let changed = true;

  while (changed === true) {
    changed = false;

    if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
      value = value.slice(2, -1);
      changed = true;
    }
  }

  if (!isPlainBranch(value)) {
    return;
  }

  return value.replace(/\\(.)/g, '$1');
};

const hasRepeatedCharPrefixOverlap = branches => {
  const values = branches.map(normalizeSimpleBranch).filter(Boolean);

  for (let i = 0; i < values.length; i++) {
    for (let j = i + 1; j < values.length; j++) {
      const a = values[i];
      const b = values[j];
      const char = a[0];

      if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
        continue;
      }

      if (a === b || a.startsWith(b) || b.startsWith(a)) {
        return true;
      }
    }
  }

  return false;
};

const parseRepeatedExtglob = (pattern, requireEnd = true) => {
  if ((pattern[0] !== '+' && pattern[0] !== '*') || pattern[1] !== '(') {
    return;
  }

  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let escaped = false;

  for (let i = 1; i < pattern.length; i++) {
    const ch = pattern[i];

    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      continue;
    }

    if (quote === 1) {
      continue;
    }

    if (ch === '[') {
      bracket++;
      continue;
    }

    if (ch === ']' && bracket > 0) {
      bracket--;
      continue;
    }

    if (bracket > 0) {
      continue;
    }

    if (ch === '(') {
      paren++;
      continue;
    }

    if (ch === ')') {
      paren--;

      if (paren === 0) {
        if (requireEnd === true && i !== pattern.length - 1) {
          return;
        }

        return {
          type: pattern[0],
          body: pattern.slice(2, i),
          end: i
        };
      }
    }
  }
};

const buildCharClassStar = chars => {
  const source = chars.length === 1
    ? utils.escapeRegex(chars[0])
    : `[${chars.map(ch => utils.escapeRegex(ch)).join('')}]`;

  return `${source}*`;
};

const getStarExtglobSequenceChars = pattern => {
  let index = 0;
  const chars = [];

  while (index < pattern.length) {
    const match = parseRepeatedExtglob(pattern.slice(index), false);

    if (!match || match.type !== '*') {
      return;
    }

    const branches = splitTopLevel(match.body).map(branch => branch.trim());
    if (branches.length !== 1) {
      return;
    }

    const branch = normalizeSimpleBranch(branches[0]);
    if (!branch || branch.length !== 1) {
      return;
    }

    chars.push(branch);
    index += match.end + 1;
  }

  if (chars.length < 1) {
    return;
  }

  return chars;
};

const repeatedExtglobRecursion = pattern => {
  let depth = 0;
  let value = pattern.trim();
  let match = parseRepeatedExtglob(value);

  while (match) {
    depth++;
    value = match.body.trim();
    match = parseRepeatedExtglob(value);
  }

  return depth;
};

const analyzeRepeatedExtglob = (body, options) => {
  if (options.maxExtglobRecursion === false) {
    return { risky: false };
  }

  const max =
    typeof options.maxExtglobRecursion === 'number'
      ? options.maxExtglobRecursion
      : constants.DEFAULT_MAX_EXTGLOB_RECURSION;

  const branches = splitTopLevel(body).map(branch => branch.trim());

  if (branches.length > 1) {
    if (
      branches.some(branch => branch === '') ||
      branches.some(branch => /^[*?]+$/.test(branch)) ||
      hasRepeatedCharPrefixOverlap(branches)
    ) {
      return { risky: true };
    }
  }

  // A repeated extglob is "risky" (prone to catastrophic backtracking) when a
  // branch is itself a `*(...)` sequence, since that nests an unbounded quantifier
  // inside the outer `+(...)`/`*(...)`. When *every* branch reduces to single
  // characters we can emit one flat, ReDoS-safe character class that preserves the
  // meaning of ALL branches (e.g. `+(*(a)|*(b))` -> `[ab]*`), rather than dropping
  // every branch but the first.
  const safeChars = [];
  let sawStarSequence = false;
  let combinable = true;

  for (const branch of branches) {
    const chars = getStarExtglobSequenceChars(branch);
    if (chars) {
      sawStarSequence = true;
      safeChars.push(...chars);
      continue;
    }

    const literal = normalizeSimpleBranch(branch);
    if (literal && literal.length === 1) {
      safeChars.push(literal);
      continue;
    }

    combinable = false;

    if (repeatedExtglobRecursion(branch) > max) {
      return { risky: true };
    }
  }

  if (sawStarSequence) {
    return combinable
      ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) }
      : { risky: true };
  }

  return { risky: false };
};

/**
 * Parse the given input string.
 * @param {String} input
 * @param {Object} options
 * @return {Object}
 */

const parse = (input, options) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected a string');
  }

  input = REPLACEMENTS[input] || input;

  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;

  let len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  const bos = { type: 'bos', value: '', output: opts.prepend || '' };
  const tokens = [bos];

  const capture = opts.capture ? '' : '?:';

  // create constants based on platform, for windows or posix
  const PLATFORM_CHARS = constants.globChars(opts.windows);
  const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);

  const {
    DOT_LITERAL,
    PLUS_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOT_SLASH,
    NO_DOTS_SLASH,
    QMARK,
    QMARK_NO_DOT,
    STAR,
    START_ANCHOR
  } = PLATFORM_CHARS;

  const globstar = opts => {
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const nodot = opts.dot ? '' : NO_DOT;
  const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
  let star = opts.bash === true ? globstar(opts) : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  // minimatch options support
  if (typeof opts.noext === 'boolean') {
    opts.noextglob = opts.noext;
  }

  const state = {
    input,
    index: -1,
    start: 0,
    dot: opts.dot === true,
    consumed: '',
    output: '',
    prefix: '',
    backtrack: false,
    negated: false,
    brackets: 0,
    braces: 0,
    parens: 0,
    quotes: 0,
    globstar: false,
    tokens
  };

  input = utils.removePrefix(input, state);
  len = input.length;

  const extglobs = [];
  const braces = [];
  const stack = [];
  let prev = bos;
  let value;

  /**
   * Tokenizing helpers
   */

  const eos = () => state.index === len - 1;
  const peek = state.peek = (n = 1) => input[state.index + n];
  const advance = state.advance = () => input[++state.index] || '';
  const remaining = () => input.slice(state.index + 1);
  const consume = (value = '', num = 0) => {
    state.consumed += value;
    state.index += num;
  };

  const append = token => {
    state.output += token.output != null ? token.output : token.value;
    consume(token.value);
  };

  const negate = () => {
    let count = 1;

    while (peek() === '!' && (peek(2) !== '(' || peek(3) === '?')) {
      advance();
      state.start++;
      count++;
    }

    if (count % 2 === 0) {
      return false;
    }

    state.negated = true;
    state.start++;
    return true;
  };

  const increment = type => {
    state[type]++;
    stack.push(type);
  };

  const decrement = type => {
    state[type]--;
    stack.pop();
  };

  /**
   * Push tokens onto the tokens array. This helper speeds up
   * tokenizing by 1) helping us avoid backtracking as much as possible,
   * and 2) helping us avoid creating extra tokens when consecutive
   * characters are plain text. This improves performance and simplifies
   * lookbehinds.
   */

  const push = tok => {
    if (prev.type === 'globstar') {
      const isBrace = state.braces > 0 && (tok.type === 'comma' || tok.type === 'brace');
      const isExtglob = tok.extglob === true || (extglobs.length && (tok.type === 'pipe' || tok.type === 'paren'));

      if (tok.type !== 'slash' && tok.type !== 'paren' && !isBrace && !isExtglob) {
        state.output = state.output.slice(0, -prev.output.length);
        prev.type = 'star';
        prev.value = '*';
        prev.output = star;
        state.output += prev.output;
      }
    }

    if (extglobs.length && tok.type !== 'paren') {
      extglobs[extglobs.length - 1].inner += tok.value;
    }

    if (tok.value || tok.output) append(tok);
    if (prev && prev.type === 'text' && tok.type === 'text') {
      prev.output = (prev.output || prev.value) + tok.value;
      prev.value += tok.value;
      return;
    }

    tok.prev = prev;
    tokens.push(tok);
    prev = tok;
  };

  const extglobOpen = (type, value) => {
    const token = { ...EXTGLOB_CHARS[value], conditions: 1, inner: '' };

    token.prev = prev;
    token.parens = state.parens;
    token.output = state.output;
    token.startIndex = state.index;
    token.tokensIndex = tokens.length;
    const output = (opts.capture ? '(' : '') + token.open;

    increment('parens');
    push({ type, value, output: state.output ? '' : ONE_CHAR });
    push({ type: 'paren', extglob: true, value: advance(), output });
    extglobs.push(token);
  };

  const extglobClose = token => {
    const literal = input.slice(token.startIndex, state.index + 1);
    const body = input.slice(token.startIndex + 2, state.index);
    const analysis = analyzeRepeatedExtglob(body, opts);

    if ((token.type === 'plus' || token.type === 'star') && analysis.risky) {
      const safeOutput = analysis.safeOutput
        ? (token.output ? '' : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput)
        : undefined;
      const open = tokens[token.tokensIndex];

      open.type = 'text';
      open.value = literal;
      open.output = safeOutput || utils.escapeRegex(literal);

      for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
        tokens[i].value = '';
        tokens[i].output = '';
        delete tokens[i].suffix;
      }

      state.output = token.output + open.output;
      state.backtrack = true;

      push({ type: 'paren', extglob: true, value, output: '' });
      decrement('parens');
      return;
    }

    let output = token.close + (opts.capture ? ')' : '');
    let rest;

    if (token.type === 'negate') {
      let extglobStar = star;

      if (token.inner && token.inner.length > 1 && token.inner.includes('/')) {
        extglobStar = globstar(opts);
      }

      if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
        output = token.close = `)$))${extglobStar}`;
      }

      if (token.inner.includes('*') && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
        // Any non-magical string (`.ts`) or even nested expression (`.{ts,tsx}`) can follow after the closing parenthesis.
        // In this case, we need to parse the string and use it in the output of the original pattern.
        // Suitable patterns: `/!(*.d).ts`, `/!(*.d).{ts,tsx}`, `**/!(*-dbg).@(js)`.
        //
        // Disabling the `fastpaths` option due to a problem with parsing strings as `.ts` in the pattern like `**/!(*.d).ts`.
        const expression = parse(rest, { ...options, fastpaths: false }).output;

        output = token.close = `)${expression})${extglobStar})`;
      }

      if (token.prev.type === 'bos') {
        state.negatedExtglob = true;
      }
    }

    push({ type: 'paren', extglob: true, value, output });
    decrement('parens');
  };

  /**
   * Fast paths
   */

  if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
    let backslashes = false;

    let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
      if (first === '\\') {
        backslashes = true;
        return m;
      }

      if (first === '?') {
        if (esc) {
          return esc + first + (rest ? QMARK.repeat(rest.length) : '');
        }
        if (index === 0) {
          return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : '');
        }
        return QMARK.repeat(chars.length);
      }

      if (first === '.') {
        return DOT_LITERAL.repeat(chars.length);
      }

      if (first === '*') {
        if (esc) {
          return esc + first + (rest ? star : '');
        }
        return star;
      }
      return esc ? m : `\\${m}`;
    });

    if (backslashes === true) {
      if (opts.unescape === true) {
        output = output.replace(/\\/g, '');
      } else {
        output = output.replace(/\\+/g, m => {
          return m.length % 2 === 0 ? '\\\\' : (m ? '\\' : '');
        });
      }
    }

    if (output === input && opts.contains === true) {
      state.output = input;
      return state;
    }

    state.output = utils.wrapOutput(output, state, options);
    return state;
  }

  /**
   * Tokenize input until we reach end-of-string
   */

  while (!eos()) {
    value = advance();

    if (value === '\u0000') {
      continue;
    }

    /**
     * Escaped characters
     */

    if (value === '\\') {
      const next = peek();

      if (next === '/' && opts.bash !== true) {
        continue;
      }

      if (next === '.' || next === ';') {
        continue;
      }

      if (!next) {
        value += '\\';
        push({ type: 'text', value });
        continue;
      }

      // collapse slashes to reduce potential for exploits
      const match = /^\\+/.exec(remaining());
      let slashes = 0;

      if (match && match[0].length > 2) {
        slashes = match[0].length;
        state.index += slashes;
        if (slashes % 2 !== 0) {
          value += '\\';
        }
      }

      if (opts.unescape === true) {
        value = advance();
      } else {
        value += advance();
      }

      if (state.brackets === 0) {
        push({ type: 'text', value });
        continue;
      }
    }

    /**
     * If we're inside a regex character class, continue
     * until we reach the closing bracket.
     */

    if (state.brackets > 0 && (value !== ']' || prev.value === '[' || prev.value === '[^')) {
      if (opts.posix !== false && value === ':') {
        const inner = prev.value.slice(1);
        if (inner.includes('[')) {
          prev.posix = true;

          if (inner.includes(':')) {
            const idx = prev.value.lastIndexOf('[');
            const pre = prev.value.slice(0, idx);
            const rest = prev.value.slice(idx + 2);
            const posix = POSIX_REGEX_SOURCE[rest];
            if (posix) {
              prev.value = pre + posix;
              state.backtrack = true;
              advance();

              if (!bos.output && tokens.indexOf(prev) === 1) {
                bos.output = ONE_CHAR;
              }
              continue;
            }
          }
        }
      }

      if ((value === '[' && peek() !== ':') || (value === '-' && peek() === ']')) {
        value = `\\${value}`;
      }

      if (value === ']' && (prev.value === '[' || prev.value === '[^')) {
        value = `\\${value}`;
      }

      if (opts.posix === true && value === '!' && prev.value === '[') {
        value = '^';
      }

      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * If we're inside a quoted string, continue
     * until we reach the closing double quote.
     */

    if (state.quotes === 1 && value !== '"') {
      value = utils.escapeRegex(value);
      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * Double quotes
     */

    if (value === '"') {
      state.quotes = state.quotes === 1 ? 0 : 1;
      if (opts.keepQuotes === true) {
        push({ type: 'text', value });
      }
      continue;
    }

    /**
     * Parentheses
     */

    if (value === '(') {
      increment('parens');
      push({ type: 'paren', value });
      continue;
    }

    if (value === ')') {
      if (state.parens === 0 && opts.strictBrackets === true) {
        throw new SyntaxError(syntaxError('opening', '('));
      }

      const extglob = extglobs[extglobs.length - 1];
      if (extglob && state.parens === extglob.parens + 1) {
        extglobClose(extglobs.pop());
        continue;
      }

      push({ type: 'paren', value, output: state.parens ? ')' : '\\)' });
      decrement('parens');
      continue;
    }

    /**
     * Square brackets
     */

    if (value === '[') {
      if (opts.nobracket === true || !remaining().includes(']')) {
        if (opts.nobracket !== true && opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('closing', ']'));
        }

        value = `\\${value}`;
      } else {
        increment('brackets');
      }

      push({ type: 'bracket', value });
      continue;
    }

    if (value === ']') {
      if (opts.nobracket === true || (prev && prev.type === 'bracket' && prev.value.length === 1)) {
        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      if (state.brackets === 0) {
        if (opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('opening', '['));
        }

        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      decrement('brackets');

      const prevValue = prev.value.slice(1);
      if (prev.posix !== true && prevValue[0] === '^' && !prevValue.includes('/')) {
        value = `/${value}`;
      }

      prev.value += value;
      append({ value });

      // when literal brackets are explicitly disabled
      // assume we should match with a regex character class
      if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
        continue;
      }

      const escaped = utils.escapeRegex(prev.value);
      state.output = state.output.slice(0, -prev.value.length);

      // when literal brackets are explicitly enabled
      // assume we should escape the brackets to match literal characters
      if (opts.literalBrackets === true) {
        state.output += escaped;
        prev.value = escaped;
        continue;
      }

      // when the user specifies nothing, try to match both
      prev.value = `(${capture}${escaped}|${prev.value})`;
      state.output += prev.value;
      continue;
    }

    /**
     * Braces
     */

    if (value === '{' && opts.nobrace !== true) {
      increment('braces');

      const open = {
        type: 'brace',
        value,
        output: '(',
        outputIndex: state.output.length,
        tokensIndex: state.tokens.length
      };

      braces.push(open);
      push(open);
      continue;
    }

    if (value === '}') {
      const brace = braces[braces.length - 1];

      if (opts.nobrace === true || !brace) {
        push({ type: 'text', value, output: value });
        continue;
      }

      let output = ')';

      if (brace.dots === true) {
        const arr = tokens.slice();
        const range = [];

        for (let i = arr.length - 1; i >= 0; i--) {
          tokens.pop();
          if (arr[i].type === 'brace') {
            break;
          }
          if (arr[i].type !== 'dots') {
            range.unshift(arr[i].value);
          }
        }

        output = expandRange(range, opts);
        state.backtrack = true;
      }

      if (brace.comma !== true && brace.dots !== true) {
        const out = state.output.slice(0, brace.outputIndex);
        const toks = state.tokens.slice(brace.tokensIndex);
        brace.value = brace.output = '\\{';
        value = output = '\\}';
        state.output = out;
        for (const t of toks) {
          state.output += (t.output || t.value);
        }
      }

      push({ type: 'brace', value, output });
      decrement('braces');
      braces.pop();
      continue;
    }

    /**
     * Pipes
     */

    if (value === '|') {
      if (extglobs.length > 0) {
        extglobs[extglobs.length - 1].conditions++;
      }
      push({ type: 'text', value });
      continue;
    }

    /**
     * Commas
     */

    if (value === ',') {
      let output = value;

      const brace = braces[braces.length - 1];
      if (brace && stack[stack.length - 1] === 'braces') {
        brace.comma = true;
        output = '|';
      }

      push({ type: 'comma', value, output });
      continue;
    }

    /**
     * Slashes
     */

    if (value === '/') {
      // if the beginning of the glob is "./", advance the start
      // to the current index, and don't add the "./" characters
      // to the state. This greatly simplifies lookbehinds when
      // checking for BOS characters like "!" and "." (not "./")
      if (prev.type === 'dot' && state.index === state.start + 1) {
        state.start = state.index + 1;
        state.consumed = '';
        state.output = '';
        tokens.pop();
        prev = bos; // reset "prev" to the first token
        continue;
      }

      push({ type: 'slash', value, output: SLASH_LITERAL });
      continue;
    }

    /**
     * Dots
     */

    if (value === '.') {
      if (state.braces > 0 && prev.type === 'dot') {
        if (prev.value === '.') prev.output = DOT_LITERAL;
        const brace = braces[braces.length - 1];
        prev.type = 'dots';
        prev.output += value;
        prev.value += value;
        brace.dots = true;
        continue;
      }

      if ((state.braces + state.parens) === 0 && prev.type !== 'bos' && prev.type !== 'slash') {
        push({ type: 'text', value, output: DOT_LITERAL });
        continue;
      }

      push({ type: 'dot', value, output: DOT_LITERAL });
      continue;
    }

    /**
     * Question marks
     */

    if (value === '?') {
      const isGroup = prev && prev.value === '(';
      if (!isGroup && opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('qmark', value);
        continue;
      }

      if (prev && prev.type === 'paren') {
        const next = peek();
        let output = value;

        if ((prev.value === '(' && !/[!=<:]/.test(next)) || (next === '<' && !/<([!=]|\w+>)/.test(remaining()))) {
          output = `\\${value}`;
        }

        push({ type: 'text', value, output });
        continue;
      }

      if (opts.dot !== true && (prev.type === 'slash' || prev.type === 'bos')) {
        push({ type: 'qmark', value, output: QMARK_NO_DOT });
        continue;
      }

      push({ type: 'qmark', value, output: QMARK });
      continue;
    }

    /**
     * Exclamation
     */

    if (value === '!') {
      if (opts.noextglob !== true && peek() === '(') {
        if (peek(2) !== '?' || !/[!=<:]/.test(peek(3))) {
          extglobOpen('negate', value);
          continue;
        }
      }

      if (opts.nonegate !== true && state.index === 0) {
        negate();
        continue;
      }
    }

    /**
     * Plus
     */

    if (value === '+') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('plus', value);
        continue;
      }

      if ((prev && prev.value === '(') || opts.regex === false) {
        push({ type: 'plus', value, output: PLUS_LITERAL });
        continue;
      }

      if ((prev && (prev.type === 'bracket' || prev.type === 'paren' || prev.type === 'brace')) || state.parens > 0) {
        push({ type: 'plus', value });
        continue;
      }

      push({ type: 'plus', value: PLUS_LITERAL });
      continue;
    }

    /**
     * Plain text
     */

    if (value === '@') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        push({ type: 'at', extglob: true, value, output: '' });
        continue;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Plain text
     */

    if (value !== '*') {
      if (value === '$' || value === '^') {
        value = `\\${value}`;
      }

      const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
      if (match) {
        value += match[0];
        state.index += match[0].length;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Stars
     */

    if (prev && (prev.type === 'globstar' || prev.star === true)) {
      prev.type = 'star';
      prev.star = true;
      prev.value += value;
      prev.output = star;
      state.backtrack = true;
      state.globstar = true;
      consume(value);
      continue;
    }

    let rest = remaining();
    if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
      extglobOpen('star', value);
      continue;
    }

    if (prev.type === 'star') {
      if (opts.noglobstar === true) {
        consume(value);
        continue;
      }

      const prior = prev.prev;
      const before = prior.prev;
      const isStart = prior.type === 'slash' || prior.type === 'bos';
      const afterStar = before && (before.type === 'star' || before.type === 'globstar');

      if (opts.bash === true && (!isStart || (rest[0] && rest[0] !== '/'))) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      const isBrace = state.braces > 0 && (prior.type === 'comma' || prior.type === 'brace');
      const isExtglob = extglobs.length && (prior.type === 'pipe' || prior.type === 'paren');
      if (!isStart && prior.type !== 'paren' && !isBrace && !isExtglob) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      // strip consecutive `/**/`
      while (rest.slice(0, 3) === '/**') {
        const after = input[state.index + 4];
        if (after && after !== '/') {
          break;
        }
        rest = rest.slice(3);
        consume('/**', 3);
      }

      // A globstar followed only by balanced closing parens is at the logical end of patterns like
      // `test(/utils/**)` and `test?(/utils/**)`. Treat it as EOS so the trailing `/**` can match its
      // parent path, except in negated extglobs where that would change the exclusion semantics.
      const isEnd = eos() || (
        state.parens > 0
        && rest === ')'.repeat(state.parens)
        && !extglobs.some(extglob => extglob.type === 'negate')
      );

      if (prior.type === 'bos' && eos()) {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = globstar(opts);
        state.output = prev.output;
        state.globstar = true;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && !afterStar && isEnd) {
        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = globstar(opts) + (opts.strictSlashes ? ')' : '|$)');
        prev.value += value;
        state.globstar = true;
        state.output += prior.output + prev.output;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && rest[0] === '/') {
        const end = rest[1] !== void 0 ? '|$' : '';

        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
        prev.value += value;

        state.output += prior.output + prev.output;
        state.globstar = true;

        consume(value + advance());

        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      if (prior.type === 'bos' && rest[0] === '/') {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
        state.output = prev.output;
        state.globstar = true;
        consume(value + advance());
        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      // remove single star from output
      state.output = state.output.slice(0, -prev.output.length);

      // reset previous token to globstar
      prev.type = 'globstar';
      prev.output = globstar(opts);
      prev.value += value;

      // reset output with globstar
      state.output += prev.output;
      state.globstar = true;
      consume(value);
      continue;
    }

    const token = { type: 'star', value, output: star };

    if (opts.bash === true) {
      token.output = '.*?';
      if (prev.type === 'bos' || prev.type === 'slash') {
        token.output = nodot + token.output;
      }
      push(token);
      continue;
    }

    if (prev && (prev.type === 'bracket' || prev.type === 'paren') && opts.regex === true) {
      token.output = value;
      push(token);
      continue;
    }

    if (state.index === state.start || prev.type === 'slash' || prev.type === 'dot') {
      if (prev.type === 'dot') {
        state.output += NO_DOT_SLASH;
        prev.output += NO_DOT_SLASH;

      } else if (opts.dot === true) {
        state.output += NO_DOTS_SLASH;
        prev.output += NO_DOTS_SLASH;

      } else {
        state.output += nodot;
        prev.output += nodot;
      }

      if (peek() !== '*') {
        state.output += ONE_CHAR;
        prev.output += ONE_CHAR;
      }
    }

    push(token);
  }

  while (state.brackets > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ']'));
    state.output = utils.escapeLast(state.output, '[');
    decrement('brackets');
  }

  while (state.parens > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ')'));
    state.output = utils.escapeLast(state.output, '(');
    decrement('parens');
  }

  while (state.braces > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', '}'));
    state.output = utils.escapeLast(state.output, '{');
    decrement('braces');
  }

  if (opts.strictSlashes !== true && (prev.type === 'star' || prev.type === 'bracket')) {
    push({ type: 'maybe_slash', value: '', output: `${SLASH_LITERAL}?` });
  }

  // rebuild the output if we had to backtrack at any point
  if (state.backtrack === true) {
    state.output = '';

    for (const token of state.tokens) {
      state.output += token.output != null ? token.output : token.value;

      if (token.suffix) {
        state.output += token.suffix;
      }
    }
  }

  return state;
};

/**
 * Fast paths for creating regular expressions for common glob patterns.
 * This can significantly speed up processing and has very little downside
 * impact when none of the fast paths match.
 */

parse.fastpaths = (input, options) => {
  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
  const len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  input = REPLACEMENTS[input] || input;

  // create constants based on platform, for windows or posix
  const {
    DOT_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOTS,
    NO_DOTS_SLASH,
    STAR,
    START_ANCHOR
  } = constants.globChars(opts.windows);

  const nodot = opts.dot ? NO_DOTS : NO_DOT;
  const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
  const capture = opts.capture ? '' : '?:';
  const state = { negated: false, prefix: '' };
  let star = opts.bash === true ? '.*?' : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  const globstar = opts => {
    if (opts.noglobstar === true) return star;
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const create = str => {
    switch (str) {
      case '*':
        return `${nodot}${ONE_CHAR}${star}`;

      case '.*':
        return `${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*.*':
        return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*/*':
        return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;

      case '**':
        return nodot + globstar(opts);

      case '**/*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;

      case '**/*.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '**/.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;

      default: {
        const match = /^(.*?)\.(\w+)$/.exec(str);
        if (!match) return;

        const source = create(match[1]);
        if (!source) return;

        return source + DOT_LITERAL + match[2];
      }
    }
  };

  const output = utils.removePrefix(input, state);
  let source = create(output);

  if (source && opts.strictSlashes !== true) {
    source += `${SLASH_LITERAL}?`;
  }

  return source;
};

module.exports = parse;


/***/ }),

/***/ 81667:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const scan = __nccwpck_require__(65008);
const parse = __nccwpck_require__(41458);
const utils = __nccwpck_require__(40504);
const constants = __nccwpck_require__(34564);
const isObject = val => val && typeof val === 'object' && !Array.isArray(val);

/**
 * Creates a matcher function from one or more glob patterns. The
 * returned function takes a string to match as its first argument,
 * and returns true if the string is a match. The returned matcher
 * function also takes a boolean as the second argument that, when true,
 * returns an object with additional information.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch(glob[, options]);
 *
 * const isMatch = picomatch('*.!(*a)');
 * console.log(isMatch('a.a')); //=> false
 * console.log(isMatch('a.b')); //=> true
 *
 * // For environments without `node.js`, `picomatch/posix` provides you a dependency-free matcher, without automatic OS detection.
 * const picomatch = require('picomatch/posix');
 * // the same API, defaulting to posix paths
 * const isMatch = picomatch('a/*');
 * console.log(isMatch('a\\b')); //=> false
 * console.log(isMatch('a/b')); //=> true
 *
 * // you can still configure the matcher function to accept windows paths
 * const isMatch = picomatch('a/*', { options: windows });
 * console.log(isMatch('a\\b')); //=> true
 * console.log(isMatch('a/b')); //=> true
 * ```
 * @name picomatch
 * @param {String|Array} `globs` One or more glob patterns.
 * @param {Object=} `options`
 * @return {Function=} Returns a matcher function.
 * @api public
 */

const picomatch = (glob, options, returnState = false) => {
  if (Array.isArray(glob)) {
    const fns = glob.map(input => picomatch(input, options, returnState));
    const arrayMatcher = str => {
      for (const isMatch of fns) {
        const state = isMatch(str);
        if (state) return state;
      }
      return false;
    };
    return arrayMatcher;
  }

  const isState = isObject(glob) && glob.tokens && glob.input;

  if (glob === '' || (typeof glob !== 'string' && !isState)) {
    throw new TypeError('Expected pattern to be a non-empty string');
  }

  const opts = options || {};
  const posix = opts.windows;
  const regex = isState
    ? picomatch.compileRe(glob, options)
    : picomatch.makeRe(glob, options, false, true);

  const state = regex.state;
  delete regex.state;

  let isIgnored = () => false;
  if (opts.ignore) {
    const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
    isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
  }

  const matcher = (input, returnObject = false) => {
    const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix });
    const result = { glob, state, regex, posix, input, output, match, isMatch };

    if (typeof opts.onResult === 'function') {
      opts.onResult(result);
    }

    if (isMatch === false) {
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (isIgnored(input)) {
      if (typeof opts.onIgnore === 'function') {
        opts.onIgnore(result);
      }
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (typeof opts.onMatch === 'function') {
      opts.onMatch(result);
    }
    return returnObject ? result : true;
  };

  if (returnState) {
    matcher.state = state;
  }

  return matcher;
};

/**
 * Test `input` with the given `regex`. This is used by the main
 * `picomatch()` function to test the input string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.test(input, regex[, options]);
 *
 * console.log(picomatch.test('foo/bar', /^(?:([^/]*?)\/([^/]*?))$/));
 * // { isMatch: true, match: [ 'foo/', 'foo', 'bar' ], output: 'foo/bar' }
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp} `regex`
 * @return {Object} Returns an object with matching info.
 * @api public
 */

picomatch.test = (input, regex, options, { glob, posix } = {}) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected input to be a string');
  }

  if (input === '') {
    return { isMatch: false, output: '' };
  }

  const opts = options || {};
  const format = opts.format || (posix ? utils.toPosixSlashes : null);
  let match = input === glob;
  let output = (match && format) ? format(input) : input;

  if (match === false) {
    output = format ? format(input) : input;
    match = output === glob;
  }

  if (match === false || opts.capture === true) {
    if (opts.matchBase === true || opts.basename === true) {
      match = picomatch.matchBase(input, regex, options, posix);
    } else {
      match = regex.exec(output);
    }
  }

  return { isMatch: Boolean(match), match, output };
};

/**
 * Match the basename of a filepath.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.matchBase(input, glob[, options]);
 * console.log(picomatch.matchBase('foo/bar.js', '*.js'); // true
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp|String} `glob` Glob pattern or regex created by [.makeRe](#makeRe).
 * @return {Boolean}
 * @api public
 */

picomatch.matchBase = (input, glob, options, posix = options && options.windows) => {
  const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
  return regex.test(utils.basename(input, { windows: posix }));
};

/**
 * Returns true if **any** of the given glob `patterns` match the specified `string`.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.isMatch(string, patterns[, options]);
 *
 * console.log(picomatch.isMatch('a.a', ['b.*', '*.a'])); //=> true
 * console.log(picomatch.isMatch('a.a', 'b.*')); //=> false
 * ```
 * @param {String|Array} str The string to test.
 * @param {String|Array} patterns One or more glob patterns to use for matching.
 * @param {Object} [options] See available [options](#options).
 * @return {Boolean} Returns true if any patterns match `str`
 * @api public
 */

picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);

/**
 * Parse a glob pattern to create the source string for a regular
 * expression.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const result = picomatch.parse(pattern[, options]);
 * ```
 * @param {String} `pattern`
 * @param {Object} `options`
 * @return {Object} Returns an object with useful properties and output to be used as a regex source string.
 * @api public
 */

picomatch.parse = (pattern, options) => {
  if (Array.isArray(pattern)) return pattern.map(p => picomatch.parse(p, options));
  return parse(pattern, { ...options, fastpaths: false });
};

/**
 * Scan a glob pattern to separate the pattern into segments.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.scan(input[, options]);
 *
 * const result = picomatch.scan('!./foo/*.js');
 * console.log(result);
 * { prefix: '!./',
 *   input: '!./foo/*.js',
 *   start: 3,
 *   base: 'foo',
 *   glob: '*.js',
 *   isBrace: false,
 *   isBracket: false,
 *   isGlob: true,
 *   isExtglob: false,
 *   isGlobstar: false,
 *   negated: true }
 * ```
 * @param {String} `input` Glob pattern to scan.
 * @param {Object} `options`
 * @return {Object} Returns an object with
 * @api public
 */

picomatch.scan = (input, options) => scan(input, options);

/**
 * Compile a regular expression from the `state` object returned by the
 * [parse()](#parse) method.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const state = picomatch.parse('*.js');
 * // picomatch.compileRe(state[, options]);
 *
 * console.log(picomatch.compileRe(state));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {Object} `state`
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Intended for implementors, this argument allows you to return the raw output from the parser.
 * @param {Boolean} `returnState` Adds the state to a `state` property on the returned regex. Useful for implementors and debugging.
 * @return {RegExp}
 * @api public
 */

picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
  if (returnOutput === true) {
    return state.output;
  }

  const opts = options || {};
  const prepend = opts.contains ? '' : '^';
  const append = opts.contains ? '' : '$';

  let source = `${prepend}(?:${state.output})${append}`;
  if (state && state.negated === true) {
    source = `^(?!${source}).*$`;
  }

  const regex = picomatch.toRegex(source, options);
  if (returnState === true) {
    regex.state = state;
  }

  return regex;
};

/**
 * Create a regular expression from a parsed glob pattern.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.makeRe(state[, options]);
 *
 * const result = picomatch.makeRe('*.js');
 * console.log(result);
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `state` The object returned from the `.parse` method.
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Implementors may use this argument to return the compiled output, instead of a regular expression. This is not exposed on the options to prevent end-users from mutating the result.
 * @param {Boolean} `returnState` Implementors may use this argument to return the state from the parsed glob with the returned regular expression.
 * @return {RegExp} Returns a regex created from the given pattern.
 * @api public
 */

picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
  if (!input || typeof input !== 'string') {
    throw new TypeError('Expected a non-empty string');
  }

  let parsed = { negated: false, fastpaths: true };

  if (options.fastpaths !== false && (input[0] === '.' || input[0] === '*')) {
    parsed.output = parse.fastpaths(input, options);
  }

  if (!parsed.output) {
    parsed = parse(input, options);
  }

  return picomatch.compileRe(parsed, options, returnOutput, returnState);
};

/**
 * Create a regular expression from the given regex source string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.toRegex(source[, options]);
 *
 * const { output } = picomatch.parse('*.js');
 * console.log(picomatch.toRegex(output));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `source` Regular expression source string.
 * @param {Object} `options`
 * @return {RegExp}
 * @api public
 */

picomatch.toRegex = (source, options) => {
  try {
    const opts = options || {};
    return new RegExp(source, opts.flags || (opts.nocase ? 'i' : ''));
  } catch (err) {
    if (options && options.debug === true) throw err;
    return /$^/;
  }
};

/**
 * Picomatch constants.
 * @return {Object}
 */

picomatch.constants = constants;

/**
 * Expose "picomatch"
 */

module.exports = picomatch;


/***/ }),

/***/ 65008:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const utils = __nccwpck_require__(40504);
const {
  CHAR_ASTERISK,             /* * */
  CHAR_AT,                   /* @ */
  CHAR_BACKWARD_SLASH,       /* \ */
  CHAR_COMMA,                /* , */
  CHAR_DOT,                  /* . */
  CHAR_EXCLAMATION_MARK,     /* ! */
  CHAR_FORWARD_SLASH,        /* / */
  CHAR_LEFT_CURLY_BRACE,     /* { */
  CHAR_LEFT_PARENTHESES,     /* ( */
  CHAR_LEFT_SQUARE_BRACKET,  /* [ */
  CHAR_PLUS,                 /* + */
  CHAR_QUESTION_MARK,        /* ? */
  CHAR_RIGHT_CURLY_BRACE,    /* } */
  CHAR_RIGHT_PARENTHESES,    /* ) */
  CHAR_RIGHT_SQUARE_BRACKET  /* ] */
} = __nccwpck_require__(34564);

const isPathSeparator = code => {
  return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
};

const depth = token => {
  if (token.isPrefix !== true) {
    token.depth = token.isGlobstar ? Infinity : 1;
  }
};

/**
 * Quickly scans a glob pattern and returns an object with a handful of
 * useful properties, like `isGlob`, `path` (the leading non-glob, if it exists),
 * `glob` (the actual pattern), `negated` (true if the path starts with `!` but not
 * with `!(`) and `negatedExtglob` (true if the path starts with `!(`).
 *
 * ```js
 * const pm = require('picomatch');
 * console.log(pm.scan('foo/bar/*.js'));
 * { isGlob: true, input: 'foo/bar/*.js', base: 'foo/bar', glob: '*.js' }
 * ```
 * @param {String} `str`
 * @param {Object} `options`
 * @return {Object} Returns an object with tokens and regex source string.
 * @api public
 */

const scan = (input, options) => {
  const opts = options || {};

  const length = input.length - 1;
  const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
  const slashes = [];
  const tokens = [];
  const parts = [];

  let str = input;
  let index = -1;
  let start = 0;
  let lastIndex = 0;
  let isBrace = false;
  let isBracket = false;
  let isGlob = false;
  let isExtglob = false;
  let isGlobstar = false;
  let braceEscaped = false;
  let backslashes = false;
  let negated = false;
  let negatedExtglob = false;
  let finished = false;
  let braces = 0;
  let prev;
  let code;
  let token = { value: '', depth: 0, isGlob: false };

  const eos = () => index >= length;
  const peek = () => str.charCodeAt(index + 1);
  const advance = () => {
    prev = code;
    return str.charCodeAt(++index);
  };

  while (index < length) {
    code = advance();
    let next;

    if (code === CHAR_BACKWARD_SLASH) {
      backslashes = token.backslashes = true;
      code = advance();

      if (code === CHAR_LEFT_CURLY_BRACE) {
        braceEscaped = true;
      }
      continue;
    }

    if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
      braces++;

      while (eos() !== true && (code = advance())) {
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          continue;
        }

        if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (braceEscaped !== true && code === CHAR_COMMA) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (code === CHAR_RIGHT_CURLY_BRACE) {
          braces--;

          if (braces === 0) {
            braceEscaped = false;
            isBrace = token.isBrace = true;
            finished = true;
            break;
          }
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (code === CHAR_FORWARD_SLASH) {
      slashes.push(index);
      tokens.push(token);
      token = { value: '', depth: 0, isGlob: false };

      if (finished === true) continue;
      if (prev === CHAR_DOT && index === (start + 1)) {
        start += 2;
        continue;
      }

      lastIndex = index + 1;
      continue;
    }

    if (opts.noext !== true) {
      const isExtglobChar = code === CHAR_PLUS
        || code === CHAR_AT
        || code === CHAR_ASTERISK
        || code === CHAR_QUESTION_MARK
        || code === CHAR_EXCLAMATION_MARK;

      if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
        isGlob = token.isGlob = true;
        isExtglob = token.isExtglob = true;
        finished = true;
        if (code === CHAR_EXCLAMATION_MARK && index === start) {
          negatedExtglob = true;
        }

        if (scanToEnd === true) {
          let parens = 0;

          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }

            if (code === CHAR_LEFT_PARENTHESES) {
              parens++;
              continue;
            }

            if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
              finished = true;
              break;
            }
          }
          continue;
        }
        break;
      }
    }

    if (code === CHAR_ASTERISK) {
      if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_QUESTION_MARK) {
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_LEFT_SQUARE_BRACKET) {
      while (eos() !== true && (next = advance())) {
        if (next === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (next === CHAR_RIGHT_SQUARE_BRACKET) {
          isBracket = token.isBracket = true;
          isGlob = token.isGlob = true;
          finished = true;
          break;
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
      negated = token.negated = true;
      start++;
      continue;
    }

    if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
      isGlob = token.isGlob = true;

      if (scanToEnd === true) {
        let parens = 1;

        while (eos() !== true && (code = advance())) {
          if (code === CHAR_BACKWARD_SLASH) {
            backslashes = token.backslashes = true;
            advance();
            continue;
          }

          if (code === CHAR_LEFT_PARENTHESES) {
            parens++;
            continue;
          }

          if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
            finished = true;
            break;
          }
        }
        continue;
      }
      break;
    }

    if (isGlob === true) {
      finished = true;

      if (scanToEnd === true) {
        continue;
      }

      break;
    }
  }

  if (opts.noext === true) {
    isExtglob = false;
    isGlob = false;
  }

  let base = str;
  let prefix = '';
  let glob = '';

  if (start > 0) {
    prefix = str.slice(0, start);
    str = str.slice(start);
    lastIndex -= start;
  }

  if (base && isGlob === true && lastIndex > 0) {
    base = str.slice(0, lastIndex);
    glob = str.slice(lastIndex);
  } else if (isGlob === true) {
    base = '';
    glob = str;
  } else {
    base = str;
  }

  if (base && base !== '' && base !== '/' && base !== str) {
    if (isPathSeparator(base.charCodeAt(base.length - 1))) {
      base = base.slice(0, -1);
    }
  }

  if (opts.unescape === true) {
    if (glob) glob = utils.removeBackslashes(glob);

    if (base && backslashes === true) {
      base = utils.removeBackslashes(base);
    }
  }

  const state = {
    prefix,
    input,
    start,
    base,
    glob,
    isBrace,
    isBracket,
    isGlob,
    isExtglob,
    isGlobstar,
    negated,
    negatedExtglob
  };

  if (opts.tokens === true) {
    state.maxDepth = 0;
    if (!isPathSeparator(code)) {
      tokens.push(token);
    }
    state.tokens = tokens;
  }

  if (opts.parts === true || opts.tokens === true) {
    let prevIndex;

    for (let idx = 0; idx < slashes.length; idx++) {
      const n = prevIndex !== undefined ? prevIndex + 1 : start;
      const i = slashes[idx];
      const value = input.slice(n, i);
      if (opts.tokens) {
        if (idx === 0 && start !== 0) {
          tokens[idx].isPrefix = true;
          tokens[idx].value = prefix;
        } else {
          tokens[idx].value = value;
        }
        depth(tokens[idx]);
        state.maxDepth += tokens[idx].depth;
      }
      if (i >= start) {
        parts.push(value);
        prevIndex = i;
      }
    }

    const n = prevIndex !== undefined ? prevIndex + 1 : start;
    const value = input.slice(n);
    parts.push(value);

    if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
      tokens[tokens.length - 1].value = value;
      depth(tokens[tokens.length - 1]);
      state.maxDepth += tokens[tokens.length - 1].depth;
    }

    state.slashes = slashes;
    state.parts = parts;
  }

  return state;
};

module.exports = scan;


/***/ }),

/***/ 40504:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

/*global navigator*/


const {
  REGEX_BACKSLASH,
  REGEX_REMOVE_BACKSLASH,
  REGEX_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_GLOBAL
} = __nccwpck_require__(34564);

exports.isObject = val => val !== null && typeof val === 'object' && !Array.isArray(val);
exports.hasRegexChars = str => REGEX_SPECIAL_CHARS.test(str);
exports.isRegexChar = str => str.length === 1 && exports.hasRegexChars(str);
exports.escapeRegex = str => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, '\\$1');
exports.toPosixSlashes = str => str.replace(REGEX_BACKSLASH, '/');

exports.isWindows = () => {
  if (typeof navigator !== 'undefined' && navigator.platform) {
    const platform = navigator.platform.toLowerCase();
    return platform === 'win32' || platform === 'windows';
  }

  if (typeof process !== 'undefined' && process.platform) {
    return process.platform === 'win32';
  }

  return false;
};

exports.removeBackslashes = str => {
  return str.replace(REGEX_REMOVE_BACKSLASH, match => {
    return match === '\\' ? '' : match;
  });
};

exports.escapeLast = (input, char, lastIdx) => {
  const idx = input.lastIndexOf(char, lastIdx);
  if (idx === -1) return input;
  if (input[idx - 1] === '\\') return exports.escapeLast(input, char, idx - 1);
  return `${input.slice(0, idx)}\\${input.slice(idx)}`;
};

exports.removePrefix = (input, state = {}) => {
  let output = input;
  if (output.startsWith('./')) {
    output = output.slice(2);
    state.prefix = './';
  }
  return output;
};

exports.wrapOutput = (input, state = {}, options = {}) => {
  const prepend = options.contains ? '' : '^';
  const append = options.contains ? '' : '$';

  let output = `${prepend}(?:${input})${append}`;
  if (state.negated === true) {
    output = `(?:^(?!${output}).*$)`;
  }
  return output;
};

exports.basename = (path, { windows } = {}) => {
  const segs = path.split(windows ? /[\\/]/ : '/');
  const last = segs[segs.length - 1];

  if (last === '') {
    return segs[segs.length - 2];
  }

  return last;
};


/***/ }),

/***/ 53846:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(56615);

await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 56615:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(38815);
;// CONCATENATED MODULE: ./packages/core/src/inputs/action-yml.ts


function parseActionYml(textOfFile, file) {
    const doc = (0,dist/* parse */.qg)(textOfFile);
    if (!doc || typeof doc !== 'object')
        throw new Error(`${file}: not a YAML mapping`);
    const inputs = {};
    for (const [name, raw] of Object.entries((doc.inputs ?? {}))) {
        inputs[name] = {
            description: String(raw?.description ?? ''),
            required: raw?.required === true || raw?.required === 'true',
            default: raw?.default === undefined ? undefined : String(raw.default),
        };
    }
    const outputs = {};
    for (const [name, raw] of Object.entries((doc.outputs ?? {}))) {
        outputs[name] = { description: String(raw?.description ?? '') };
    }
    return { name: String(doc.name ?? ''), description: String(doc.description ?? ''), inputs, outputs };
}
function loadActionYml(file) {
    return parseActionYml((0,external_node_fs_.readFileSync)(file, 'utf8'), file);
}

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __nccwpck_require__(37638);
;// CONCATENATED MODULE: ./packages/core/src/by-name.ts
/**
 * A record keyed by names that come from data or inputs (column names, mostly), made without a prototype.
 * A plain object answers a lookup of `constructor` or `toString` with its prototype's members, and drops a
 * `__proto__` key on assignment, so a column named that way would get a wrong type or lose its setting.
 */
function byName(entries = {}) {
    return Object.assign(Object.create(null), entries);
}

;// CONCATENATED MODULE: ./packages/core/src/inputs/spec.ts


/**
 * Input specs: how one action input's text becomes a typed value. The same spec serves the action
 * (INPUT_* variables) and the CLI (--flags); defaults and required-ness come from action.yml.
 */
/** Thrown by a parser when text is not acceptable; `expected` says what is. */
class ExpectedError extends errors/* UserError */.y {
    expected;
    constructor(expected, options) {
        super(expected, options);
        this.name = 'ExpectedError';
        this.expected = expected;
    }
}
function spec(expected, parse) {
    return { parse, expected, secret: false, present: false };
}
/** The input always has a value (required in action.yml, or defaulted there). */
function present(s) {
    return { ...s, present: true };
}
function secret(s) {
    return { ...s, secret: true };
}
function spec_text() {
    return spec('any text', (raw) => raw);
}
function numeric(kind, min, max) {
    const range = min !== undefined && max !== undefined
        ? ` from ${min} to ${max}`
        : min !== undefined
            ? ` >= ${min}`
            : max !== undefined
                ? ` <= ${max}`
                : '';
    const expected = `${kind === 'integer' ? 'a whole number' : 'a number'}${range}`;
    return spec(expected, (raw) => {
        const value = Number(raw.trim());
        const ok = raw.trim() !== '' &&
            Number.isFinite(value) &&
            (kind === 'number' || Number.isInteger(value)) &&
            (min === undefined || value >= min) &&
            (max === undefined || value <= max);
        if (!ok)
            throw new ExpectedError(expected);
        return value;
    });
}
function integer(range = {}) {
    return numeric('integer', range.min, range.max);
}
function number(range = {}) {
    return numeric('number', range.min, range.max);
}
const TRUE = new Set(['true', 'True', 'TRUE']);
const FALSE = new Set(['false', 'False', 'FALSE']);
/** YAML 1.2 core-schema booleans, as @actions/core's getBooleanInput accepts. */
function spec_boolean() {
    const expected = 'true or false';
    return spec(expected, (raw) => {
        const t = raw.trim();
        if (TRUE.has(t))
            return true;
        if (FALSE.has(t))
            return false;
        throw new ExpectedError(expected);
    });
}
function choice(values) {
    const expected = `one of ${values.join(', ')}`;
    return spec(expected, (raw) => {
        const t = raw.trim();
        if (values.includes(t))
            return t;
        throw new ExpectedError(expected);
    });
}
/** Items separated by commas or newlines (YAML block scalars in workflows), trimmed, empty ones dropped. */
function list() {
    return spec('a list separated by commas or newlines', splitList);
}
function splitList(raw) {
    return raw
        .split(/[,\n]/)
        .map((s) => s.trim())
        .filter((s) => s !== '');
}
/**
 * `key=value` pairs separated by commas or newlines; values parsed by `value`. Keys may be column names,
 * so a key is everything before the last `=`.
 */
function mapping(value) {
    const expected = `key=value pairs separated by commas or newlines, each value ${value.expected}`;
    return spec(expected, (raw) => {
        const out = byName();
        for (const item of splitList(raw)) {
            const at = item.lastIndexOf('=');
            const key = item.slice(0, at).trim();
            if (at <= 0 || key === '')
                throw new ExpectedError(`${expected} (got "${item}")`);
            try {
                out[key] = value.parse(item.slice(at + 1).trim());
            }
            catch (error) {
                if (error instanceof ExpectedError)
                    throw new ExpectedError(`${expected} (got "${item}")`);
                throw error;
            }
        }
        return out;
    });
}

;// CONCATENATED MODULE: ./packages/core/src/inputs/parse.ts


/** A wrong input: names it, the value given and what is accepted. Raised before any work starts. */
class InputError extends errors/* UserError */.y {
    input;
    constructor(input, message, options) {
        super(message, options);
        this.input = input;
        this.name = 'InputError';
    }
}
/** A default the runner evaluates (`${{ github.token }}`); outside Actions it means "not given". */
function isExpression(value) {
    return value.includes('${{');
}
/**
 * Turns raw input text into typed options. Defaults come from action.yml; a runner-evaluated default
 * such as `${{ github.token }}` counts as not given. Every problem is an InputError naming the input.
 */
function parseInputs(specs, raw, definition) {
    const out = {};
    for (const [name, s] of Object.entries(specs)) {
        const declared = definition.inputs[name];
        if (!declared)
            throw new Error(`action.yml of ${definition.name} does not declare input "${name}"`);
        let value = raw.get(name);
        if (value === undefined || value === '') {
            const fallback = declared.default;
            value = fallback !== undefined && !isExpression(fallback) ? fallback : '';
        }
        if (value.trim() === '') {
            if (declared.required) {
                throw new InputError(name, `${raw.label(name)} is required: expected ${s.expected}`);
            }
            out[name] = undefined;
            continue;
        }
        try {
            out[name] = s.parse(value);
        }
        catch (error) {
            if (!(error instanceof ExpectedError))
                throw error;
            const shown = s.secret ? '***' : JSON.stringify(value);
            throw new InputError(name, `${raw.label(name)} is ${shown}: expected ${error.expected}`);
        }
    }
    return out;
}
/** Inputs as the Actions runner passes them: INPUT_<NAME>, upper-cased, spaces to `_`, hyphens kept. */
function envInputs(env) {
    return {
        get: (name) => env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`],
        label: (name) => `input "${name}"`,
    };
}
/** A command-line word that reads as a flag (`--name`, `--name=...`), not as a value. */
const FLAG = /^--[A-Za-z0-9][A-Za-z0-9_-]*(=|$)/;
/**
 * A command-line word as an error message quotes it: its first line, cut short. A word in the wrong place
 * may be a secret meant as a value (a PEM key starts with dashes), so no more of it than needed is shown.
 */
function quoteArgument(arg) {
    const line = arg.split(/\r?\n/, 1)[0];
    return JSON.stringify(line.length > 40 || line.length < arg.length ? `${line.slice(0, 40)}...` : line);
}
/**
 * Inputs as CLI flags: `--name value` or `--name=value`, the action's input names. A value may start with
 * dashes (a PEM key does): the word after a flag is its value unless it reads as a flag itself. A flag
 * repeated joins its values as list items. Unknown flags are an error listing the accepted ones.
 */
function argvInputs(argv, definition) {
    const values = new Map();
    const known = Object.keys(definition.inputs);
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (!FLAG.test(arg)) {
            throw new InputError(arg, `unexpected argument ${quoteArgument(arg)}: inputs are given as --name value`);
        }
        const eq = arg.indexOf('=');
        const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
        if (!known.includes(name)) {
            throw new InputError(name, `unknown option --${name}; ${definition.name} accepts: ${known.map((k) => `--${k}`).join(', ')}`);
        }
        let value;
        if (eq !== -1)
            value = arg.slice(eq + 1);
        else if (i + 1 < argv.length && !FLAG.test(argv[i + 1]))
            value = argv[++i];
        else
            value = 'true';
        values.set(name, values.has(name) ? `${values.get(name)}\n${value}` : value);
    }
    return { get: (name) => values.get(name), label: (name) => `--${name}` };
}

// EXTERNAL MODULE: ./packages/core/src/report/truncate.ts
var truncate = __nccwpck_require__(60044);
;// CONCATENATED MODULE: ./packages/core/src/report/escape.ts
/**
 * Escaping (and the display cut of truncate.ts) for text that comes from data (column names, messages, cells, file names) before it is placed
 * into HTML/SVG, GitHub-flavoured markdown or a terminal. Data must never add markup, links, mentions or
 * control sequences of its own.
 */

const HTML_ENTITIES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;',
};
/** Text safe in HTML/SVG element content and in quoted attribute values. */
function escapeHtml(text) {
    return text.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]);
}
/**
 * Text inside raw HTML that GitHub renders within markdown (a <summary> line): HTML-escaped, on one line,
 * with @mentions defused. Backslash escapes would show literally there, so none are used.
 */
function htmlInline(text) {
    return escapeHtml(stripControl((0,truncate/* truncateForDisplay */.E)(text))
        .replace(/\s*[\r\n]+\s*/g, ' ')
        .trim()).replace(/@/g, '@\u200b');
}
// Markdown punctuation that can open inline markup (emphasis, code, links, images, strikethrough,
// table cells) or an HTML tag; each is neutralised with a backslash, which GFM allows for any ASCII
// punctuation. `&`, `<` and `>` become entities instead so entity-looking data stays literal.
const MARKDOWN_INLINE = /[\\`*_[\]|~]/g;
function escapeMarkdownChars(text) {
    return (text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(MARKDOWN_INLINE, (c) => `\\${c}`)
        // A zero-width space after `@` stops GitHub from turning data into @mentions that notify people.
        .replace(/@/g, '@\u200b'));
}
/**
 * Inline markdown text on one line: escaped, with line breaks collapsed to spaces so data cannot start a
 * block of its own (a heading, a table row, a closing fence).
 */
function markdownText(text) {
    return escapeMarkdownChars(stripControl((0,truncate/* truncateForDisplay */.E)(text))
        .replace(/\s*[\r\n]+\s*/g, ' ')
        .trim());
}
/** Like markdownText, for text that opens a line: a leading heading, list or rule marker is escaped too. */
function markdownLine(text) {
    return (markdownText(text)
        .replace(/^[#+=-]/, '\\$&')
        // A backslash before a digit is literal, so a list number is defused at its dot or parenthesis.
        .replace(/^(\d+)([.)])/, '$1\\$2'));
}
/** A GFM table cell: escaped, pipes escaped, line breaks as `<br>` so the row stays on one line. */
function markdownCell(text) {
    const lines = stripControl((0,truncate/* truncateForDisplay */.E)(text))
        .trim()
        .split(/\r\n|\r|\n/);
    return lines.map((line) => escapeMarkdownChars(line.trim())).join('<br>');
}
/**
 * Monospace text inside a GFM table cell. A <code> element rather than a backtick span: a backslash in
 * a code span is literal, yet GFM's cell splitter still reads `\\|` as a backslash and a cell border, so
 * data could split the row. Inside <code> the usual cell escaping applies.
 */
function markdownCodeCell(text) {
    const oneLine = stripControl((0,truncate/* truncateForDisplay */.E)(text))
        .replace(/\s*[\r\n]+\s*/g, ' ')
        .trim();
    return oneLine === '' ? '' : `<code>${escapeMarkdownChars(oneLine)}</code>`;
}
/**
 * Removes C0/C1 control characters except tab and line breaks. In a terminal they would be escape
 * sequences (colour, cursor moves, title changes) chosen by whoever wrote the data.
 */
function stripControl(text) {
    // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
    return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, '');
}
/** Shortens text to at most `max` characters (code units), marking the cut with an ellipsis. */
function clip(text, max) {
    if (text.length <= max)
        return text;
    if (max <= 1)
        return '…'.slice(0, max);
    let cut = max - 1;
    // Do not split a surrogate pair: half an emoji is an invalid character.
    if (/[\ud800-\udbff]/.test(text[cut - 1]))
        cut -= 1;
    return `${text.slice(0, cut)}…`;
}

// EXTERNAL MODULE: ./packages/core/src/report/format.ts
var format = __nccwpck_require__(96665);
;// CONCATENATED MODULE: ./packages/core/src/report/text-chart.ts
/**
 * Charts as a few lines of text, for places that cannot show SVG (PR comments, check runs, job summaries):
 * one block-character sparkline per series, on a scale shared by all series of the chart.
 */


const LEVELS = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
/** Longest sparkline; charts with more bins are merged into this many buckets. */
const MAX_SPARK_WIDTH = 48;
/**
 * A compact plain-text chart, e.g.
 *
 *     age (histogram, share of rows; 0 … 90)
 *     reference │▁▂▄▇█▆▃▂▁▁│
 *     current   │▁▁▂▄▆█▇▄▂▁│
 *
 * Histogram series are scaled to shares of their own total first, so a reference of a million rows and a
 * current sample of a thousand compare by shape. A bin that is exactly zero is blank. The text holds no
 * backticks or control characters, so it is safe inside a fenced code block.
 */
function renderTextChart(chart) {
    const title = plain(clip(chart.title, 80));
    if (chart.labels.length === 0 || chart.series.length === 0)
        return `▸ ${title}: no data`;
    if (chart.kind === 'box')
        return [`▸ ${title} (median, quartiles, range)`, ...boxLines(chart)].join('\n');
    const rows = chart.series.map((series) => {
        const values = chart.labels.map((_, i) => Math.max(0, finite(series.values[i])));
        return {
            name: plain(clip(series.name, 20)),
            values: bucket(chart.kind === 'histogram' ? toShares(values) : values),
        };
    });
    const top = Math.max(...rows.flatMap((row) => row.values));
    const nameWidth = Math.max(...rows.map((row) => row.name.length));
    const lines = rows.map((row) => `${row.name.padEnd(nameWidth)} │${spark(row.values, top)}│`);
    const first = plain(clip(chart.labels[0], 20));
    const last = plain(clip(chart.labels[chart.labels.length - 1], 20));
    const range = chart.labels.length > 1 ? `${first} … ${last}` : first;
    const scale = chart.kind === 'histogram' ? `peak ${(0,format/* formatNumber */.ZV)(round(top * 100))}%` : `max ${(0,format/* formatNumber */.ZV)(top)}`;
    return [`▸ ${title} (${range}; ${scale})`, ...lines, ...intervalLines(chart)].join('\n');
}
/** Labels listed in full per series in the text of interval bars and boxes; the rest are in the HTML. */
const MAX_LISTED_LABELS = 8;
/** `rate: a 0.42 [0.4, 0.44] · b 0.5 [0.45, 0.55]` for each series that carries intervals. */
function intervalLines(chart) {
    return chart.series
        .filter((series) => series.low && series.high)
        .map((series) => {
        const items = chart.labels.slice(0, MAX_LISTED_LABELS).map((label, i) => {
            const low = series.low?.[i];
            const high = series.high?.[i];
            const bounds = typeof low === 'number' && typeof high === 'number' && !Number.isNaN(low) && !Number.isNaN(high)
                ? ` [${(0,format/* formatNumber */.ZV)(low)}, ${(0,format/* formatNumber */.ZV)(high)}]`
                : '';
            return `${plain(clip(label, 20))} ${value(series.values[i])}${bounds}`;
        });
        return `  ${plain(clip(series.name, 20))}: ${items.join(' · ')}${more(chart)}`;
    });
}
/** `canary  p99: 3 (2–3.5; 1–6; n 90)` per label and series: median (quartiles; range; count). */
function boxLines(chart) {
    const lines = [];
    for (const series of chart.series) {
        const items = chart.labels.slice(0, MAX_LISTED_LABELS).map((label, i) => {
            const box = series.boxes?.[i];
            const shown = box
                ? `${value(box.median)} (${value(box.q1)}–${value(box.q3)}; ${value(box.min)}–${value(box.max)}; n ${(0,format/* formatNumber */.ZV)(box.n)})`
                : 'no data';
            return `${plain(clip(label, 20))} ${shown}`;
        });
        lines.push(`${plain(clip(series.name, 20))}: ${items.join(' · ')}${more(chart)}`);
    }
    return lines;
}
function value(number) {
    return typeof number === 'number' ? (0,format/* formatNumber */.ZV)(number) : 'undefined';
}
function more(chart) {
    const hidden = chart.labels.length - MAX_LISTED_LABELS;
    return hidden > 0 ? ` · ${hidden} more` : '';
}
function spark(values, top) {
    return values
        .map((value) => {
        if (value <= 0 || top <= 0)
            return ' ';
        return LEVELS[Math.min(LEVELS.length - 1, Math.ceil((value / top) * LEVELS.length) - 1)];
    })
        .join('');
}
function toShares(values) {
    const total = values.reduce((sum, value) => sum + value, 0);
    return total > 0 ? values.map((value) => value / total) : values.map(() => 0);
}
/** Sums neighbouring bins so the line is at most MAX_SPARK_WIDTH characters. */
function bucket(values) {
    if (values.length <= MAX_SPARK_WIDTH)
        return [...values];
    const merged = new Array(MAX_SPARK_WIDTH).fill(0);
    values.forEach((value, i) => {
        merged[Math.floor((i * MAX_SPARK_WIDTH) / values.length)] += value;
    });
    return merged;
}
function finite(value) {
    return value !== undefined && Number.isFinite(value) ? value : 0;
}
function round(value) {
    return Math.round(value * 10) / 10;
}
/** One line of plain text that cannot close a code fence. */
function plain(text) {
    return stripControl(text)
        .replace(/[\r\n]+/g, ' ')
        .replace(/`/g, "'");
}

;// CONCATENATED MODULE: ./packages/core/src/report/render-markdown.ts
/**
 * The report as GitHub-flavoured markdown: the body of the sticky PR comment, the check run summary and
 * the job summary. Everything from data is escaped; long parts are folded in <details>; the whole stays
 * under a length limit by leaving out whole blocks (never half a table row or an open <details>) and
 * saying so, with a pointer to the full report artifact.
 */




/** GitHub rejects comments and check run summaries above 65,536 characters; this leaves room for a marker. */
const DEFAULT_MARKDOWN_MAX_LENGTH = 65_000;
/** The shortest limit renderMarkdown accepts: room for a verdict line and a pointer to the full report. */
const MIN_MARKDOWN_MAX_LENGTH = 400;
const DEFAULT_MAX_FINDINGS = 50;
const DEFAULT_MAX_ROWS = 50;
/** Metrics shown before the rest fold away. */
const KEY_METRICS = 8;
/** Tables and finding groups longer than this are folded. */
const FOLD_ROWS = 10;
const TEXT_CHARTS = 3;
const LOCATIONS_SHOWN = 3;
// Data text (names, values, messages) past these lengths is cut with a pointer to report.json.
const CELL_CHARS = 300;
const MESSAGE_CHARS = 600;
const SEPARATOR = '\n\n';
const VERDICT_EMOJI = { pass: '✅', warn: '⚠️', fail: '❌' };
const SEVERITY_EMOJI = { error: '❌', warning: '⚠️', notice: 'ℹ️' };
const SEVERITY_TITLE = { error: 'Errors', warning: 'Warnings', notice: 'Notices' };
function renderMarkdown(report, opts = {}) {
    const maxLength = opts.maxLength ?? DEFAULT_MARKDOWN_MAX_LENGTH;
    if (!(maxLength >= MIN_MARKDOWN_MAX_LENGTH)) {
        throw new RangeError(`renderMarkdown: maxLength must be at least ${MIN_MARKDOWN_MAX_LENGTH}, got ${maxLength}`);
    }
    const artifactUrl = safeUrl(opts.artifactUrl);
    const blocks = [
        fixed(headline(report)),
        shrinkable(report.summary.length, (chars) => markdownLine(clip(report.summary, chars))),
        ...metricBlocks(report),
        ...findingBlocks(report.findings, opts.maxFindings ?? DEFAULT_MAX_FINDINGS),
        ...chartBlocks(report),
        ...report.tables.map((table) => tableBlock(table, opts.maxRows ?? DEFAULT_MAX_ROWS)),
    ];
    const footerText = footer(report, artifactUrl);
    const whole = blocks.map((block) => block(Number.POSITIVE_INFINITY)?.text ?? '');
    const untruncated = [...whole.filter((text) => text !== ''), footerText].join(SEPARATOR);
    if (untruncated.length <= maxLength)
        return untruncated;
    // Over the limit: keep blocks in order while they fit, leaving room for the note and the footer.
    const reserved = truncationNote(blocks.length, true, artifactUrl).length + footerText.length + 2 * SEPARATOR.length;
    const kept = [];
    let used = 0;
    let left = 0;
    let shortened = false;
    for (const [index, block] of blocks.entries()) {
        const rendered = block(maxLength - reserved - used - (kept.length > 0 ? SEPARATOR.length : 0));
        if (rendered === undefined) {
            left = blocks.length - index;
            break;
        }
        if (rendered.text === '')
            continue;
        shortened ||= !rendered.complete;
        used += rendered.text.length + (kept.length > 0 ? SEPARATOR.length : 0);
        kept.push(rendered.text);
    }
    // Without its verdict line a body would mislead; when even that does not fit, say only where the rest is.
    if (kept.length === 0)
        return minimalBody(report, artifactUrl);
    return [...kept, truncationNote(left, shortened, artifactUrl), footerText].join(SEPARATOR);
}
function fixed(text) {
    return (budget) => (text.length <= budget ? { text, complete: true } : undefined);
}
/**
 * A block that can show its first `k` of `n` items (rows, characters). The full rendering when it fits,
 * otherwise the largest k >= 1 that fits (render must grow with k), otherwise nothing.
 */
function shrinkable(n, render) {
    return (budget) => {
        const full = render(n);
        if (full.length <= budget)
            return { text: full, complete: true };
        let lo = 0;
        let hi = n - 1;
        while (lo < hi) {
            const mid = Math.ceil((lo + hi) / 2);
            if (render(mid).length <= budget)
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo >= 1 ? { text: render(lo), complete: false } : undefined;
    };
}
function headline(report) {
    const name = report.reportName !== report.action ? ` · ${markdownText(clip(report.reportName, 60))}` : '';
    const verdict = `${VERDICT_EMOJI[report.verdict]} ${format/* VERDICT_LABEL */.j[report.verdict]}`;
    return `## ${verdict} — ${markdownText(clip(report.action, 60))}${name}`;
}
function footer(report, artifactUrl) {
    const where = artifactUrl
        ? `[Full report](${artifactUrl})`
        : 'Full report: report.html in the run’s artifacts';
    const made = `${markdownText(clip(report.tool.name, 20))} ${markdownText(clip(report.tool.version, 30))}`;
    return `<sub>${where} · ${made} · ${markdownText(clip(report.createdAt, 40))}</sub>`;
}
function truncationNote(left, shortened, artifactUrl) {
    const where = artifactUrl
        ? `[the full report](${artifactUrl})`
        : 'the full report (report.html in the run’s artifacts)';
    const what = [
        ...(left > 0 ? [`${left} ${left === 1 ? 'section' : 'sections'} left out`] : []),
        ...(shortened ? ['a section cut short'] : []),
    ];
    const detail = what.length > 0 ? ` (${what.join(', ')})` : '';
    return `> **Shortened to fit GitHub’s size limit**${detail}. Everything is in ${where}.`;
}
function minimalBody(report, artifactUrl) {
    const verdict = `${VERDICT_EMOJI[report.verdict]} ${format/* VERDICT_LABEL */.j[report.verdict]}`;
    const where = artifactUrl ? `[the full report](${artifactUrl})` : 'report.html in the run’s artifacts';
    const body = `## ${verdict}${SEPARATOR}This report is too large to show here; see ${where}.`;
    return body.length <= MIN_MARKDOWN_MAX_LENGTH
        ? body
        : `## ${verdict}${SEPARATOR}This report is too large to show here.`;
}
/** Only http(s) links are used, percent-encoding what would end a markdown link early. */
function safeUrl(url) {
    if (url === undefined || !/^https?:\/\/[^\s]+$/i.test(url) || url.length > 2000)
        return undefined;
    return url.replace(/[()<>[\]"'`\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
function metricBlocks(report) {
    const entries = Object.entries(report.metrics);
    if (entries.length === 0)
        return [];
    const rows = entries.map(([name, value]) => [
        markdownCell(clip(name, 80)),
        markdownCell((0,truncate/* truncateForDisplay */.E)((0,format/* formatValue */.Fl)(value), CELL_CHARS)),
    ]);
    const numeric = entries.every(([, value]) => typeof value === 'number' || value === null);
    const align = ['left', numeric ? 'right' : 'left'];
    const key = rows.slice(0, KEY_METRICS);
    const rest = rows.slice(KEY_METRICS);
    const blocks = [fixed(`**Key metrics**\n\n${markdownTable(['Metric', 'Value'], key, align)}`)];
    if (rest.length > 0) {
        blocks.push(fixed(folded(`${rest.length} more metrics`, markdownTable(['Metric', 'Value'], rest, align))));
    }
    return blocks;
}
function findingBlocks(findings, maxFindings) {
    const groups = (0,format/* groupBySeverity */.Eg)(findings);
    if (groups.size === 0)
        return [fixed('### Findings\n\nNo findings.')];
    const blocks = [fixed(`### Findings: ${(0,format/* describeCounts */.wv)(groups)}`)];
    let room = Math.max(0, maxFindings);
    for (const [severity, group] of groups) {
        const shown = group.slice(0, room);
        room -= shown.length;
        blocks.push(findingGroupBlock(severity, group, shown.length));
    }
    return blocks;
}
/** One severity's findings as a table: errors always open, a long warning list and notices folded. */
function findingGroupBlock(severity, group, limit) {
    const title = `${SEVERITY_EMOJI[severity]} ${SEVERITY_TITLE[severity]} (${group.length})`;
    const fold = severity === 'notice' || (severity === 'warning' && group.length > FOLD_ROWS);
    const hasColumn = group.some((finding) => finding.column !== undefined);
    const hasCount = group.some((finding) => finding.count !== undefined || finding.share !== undefined);
    const hasWhere = group.some((finding) => (finding.locations?.length ?? 0) > 0);
    const header = [
        'Check',
        ...(hasColumn ? ['Column'] : []),
        'Message',
        ...(hasCount ? ['Count'] : []),
        ...(hasWhere ? ['Where'] : []),
    ];
    const align = header.map((name) => (name === 'Count' ? 'right' : 'left'));
    const row = (finding) => [
        markdownCodeCell(clip(finding.check, 60)),
        ...(hasColumn ? [markdownCell((0,truncate/* truncateForDisplay */.E)(finding.column ?? '', CELL_CHARS))] : []),
        markdownCell((0,truncate/* truncateForDisplay */.E)(finding.message, MESSAGE_CHARS)),
        ...(hasCount ? [markdownCell((0,format/* formatCount */.B4)(finding))] : []),
        ...(hasWhere ? [whereCell(finding)] : []),
    ];
    const render = (k) => {
        const table = markdownTable(header, group.slice(0, k).map(row), align);
        const more = k < group.length
            ? `\n\n…and ${group.length - k} more ${format/* SEVERITY_PLURAL */.fx[severity]} in the full report.`
            : '';
        return fold ? folded(title, table + more) : `#### ${title}\n\n${table}${more}`;
    };
    if (limit === 0) {
        return fixed(`#### ${title}\n\nNot listed here (the findings limit is reached); see the full report.`);
    }
    return shrinkable(limit, render);
}
function whereCell(finding) {
    const locations = finding.locations ?? [];
    const shown = locations
        .slice(0, LOCATIONS_SHOWN)
        .map((location) => markdownCodeCell(clip((0,format/* formatLocation */.j$)(location), 120)));
    if (locations.length > LOCATIONS_SHOWN)
        shown.push(`+${locations.length - LOCATIONS_SHOWN} more`);
    return shown.join('<br>');
}
function chartBlocks(report) {
    if (report.charts.length === 0)
        return [];
    const charts = report.charts.slice(0, TEXT_CHARTS).map(renderTextChart);
    const more = report.charts.length > TEXT_CHARTS
        ? `\n\n${report.charts.length - TEXT_CHARTS} more charts are in the HTML report.`
        : '';
    return [fixed(`### Charts\n\n\`\`\`text\n${charts.join('\n\n')}\n\`\`\`${more}`)];
}
function tableBlock(table, maxRows) {
    const name = clip(table.title || table.id, 120);
    const title = markdownText(name);
    if (table.columns.length === 0)
        return fixed(`#### ${title}\n\nThis table has no columns.`);
    if (table.rows.length === 0)
        return fixed(`#### ${title}\n\nNo rows.`);
    const header = table.columns.map((column) => markdownCell(clip((0,format/* columnHeader */.k4)(column), 80)));
    const align = table.columns.map((column) => ((0,format/* isNumericColumn */.kc)(column) ? 'right' : 'left'));
    const cells = (row) => table.columns.map((column, i) => markdownCell((0,truncate/* truncateForDisplay */.E)((0,format/* formatCell */._Z)(row[i], column, true), CELL_CHARS)));
    const total = table.rows.length;
    const fold = total > FOLD_ROWS;
    const render = (k) => {
        const body = markdownTable(header, table.rows.slice(0, k).map(cells), align);
        const note = k < total ? `\n\nShowing ${k} of ${total} rows; all rows are in the full report.` : '';
        return fold
            ? folded(`${htmlInline(name)} (${total} rows)`, body + note)
            : `#### ${title}\n\n${body}${note}`;
    };
    return shrinkable(Math.min(total, Math.max(1, maxRows)), render);
}
/** A GFM table from cells that are already escaped. */
function markdownTable(header, rows, align) {
    const line = (cells) => `| ${cells.join(' | ')} |`;
    const rule = align.map((side) => (side === 'right' ? '---:' : '---'));
    return [line(header), line(rule), ...rows.map(line)].join('\n');
}
/** A collapsed section; the blank lines let GitHub render the markdown inside it. */
function folded(summary, content) {
    return `<details><summary>${summary}</summary>\n\n${content}\n\n</details>`;
}

;// CONCATENATED MODULE: ./packages/core/src/action/errors.ts

/**
 * The one line a user sees for an error. A UserError (a wrong input, an unreadable data file, a bad
 * schema, a corrupt summary, a report folder that cannot be written) and a file-system error are shown
 * as they are; anything else is an internal error, whose stack goes to the debug log only.
 */
function describeError(error) {
    if (!(error instanceof Error))
        return { message: `internal error: ${String(error)}`, internal: true };
    if (error instanceof errors/* UserError */.y)
        return { message: error.message, internal: false };
    const fileSystem = (0,errors/* describeFileSystemError */.t)(error);
    if (fileSystem)
        return { message: fileSystem, internal: false };
    return { message: `internal error: ${error.message}`, internal: true, stack: error.stack };
}

;// CONCATENATED MODULE: ./packages/core/package.json
const package_namespaceObject = {"rE":"0.1.0"};
// EXTERNAL MODULE: ./packages/core/src/report/model.ts
var model = __nccwpck_require__(15149);
;// CONCATENATED MODULE: ./packages/core/src/report/build.ts


/**
 * Wraps what a check found into the Report every renderer and later gate reads. The verdict follows from
 * the findings; an empty report name falls back to the action name. A result whose tables or charts are
 * malformed (a row or series of the wrong length, a chart value that is not finite) is a bug in the
 * check, so it throws naming the table or chart rather than rendering something misleading.
 */
function buildReport(action, reportName, result, opts = {}) {
    if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(action)) {
        throw new Error(`buildReport: action must be a kebab-case name such as check-drift, got ${JSON.stringify(action)}`);
    }
    const now = opts.now ?? new Date();
    if (Number.isNaN(now.getTime()))
        throw new Error('buildReport: opts.now is an invalid Date');
    assertWellFormed(result);
    return {
        schemaVersion: model/* REPORT_SCHEMA_VERSION */.WI,
        action,
        reportName: reportName.trim() === '' ? action : reportName,
        verdict: (0,model/* verdictOf */.Vj)(result.findings),
        summary: result.summary,
        findings: result.findings,
        metrics: result.metrics,
        tables: result.tables,
        charts: result.charts,
        createdAt: now.toISOString(),
        tool: { name: 'modelgate', version: opts.version ?? package_namespaceObject.rE },
    };
}
function assertWellFormed(result) {
    const tableIds = new Set();
    for (const table of result.tables) {
        if (tableIds.has(table.id))
            throw new Error(`buildReport: two tables have the id "${table.id}"`);
        tableIds.add(table.id);
        table.rows.forEach((row, index) => {
            if (row.length !== table.columns.length) {
                throw new Error(`buildReport: table "${table.id}" row ${index + 1} has ${row.length} cells, expected ${table.columns.length} (one per column)`);
            }
        });
    }
    for (const chart of result.charts) {
        for (const series of chart.series) {
            if (series.values.length !== chart.labels.length) {
                throw new Error(`buildReport: chart "${chart.id}" series "${series.name}" has ${series.values.length} values, expected ${chart.labels.length} (one per label)`);
            }
            const bad = series.values.findIndex((value) => !Number.isFinite(value));
            if (bad >= 0) {
                throw new Error(`buildReport: chart "${chart.id}" series "${series.name}" value ${bad + 1} is ${series.values[bad]}, expected a finite number`);
            }
        }
    }
    for (const finding of result.findings) {
        const { count, share } = finding;
        if (count !== undefined && !(Number.isInteger(count) && count >= 0)) {
            throw new Error(`buildReport: finding "${finding.check}" has count ${count}, expected a whole number >= 0`);
        }
        if (share !== undefined && !(share >= 0 && share <= 1)) {
            throw new Error(`buildReport: finding "${finding.check}" has share ${share}, expected a number in [0, 1]`);
        }
        for (const location of finding.locations ?? []) {
            const { line } = location;
            if (line !== undefined && !(Number.isInteger(line) && line >= 1)) {
                throw new Error(`buildReport: finding "${finding.check}" points at ${location.file} line ${line}, expected a whole number >= 1`);
            }
        }
    }
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(51455);
;// CONCATENATED MODULE: ./packages/core/src/report/svg.ts
/**
 * Charts as inline SVG strings, for the self-contained HTML report. Pure functions: a Chart in, markup out.
 * Every coordinate passes through `coord`, so whatever the data (empty, one bin, all zeros, negative,
 * NaN or infinite values) the markup holds only finite numbers.
 */



/** Series colours in order: blue and orange first (distinct for colour-blind readers), then more. */
const SERIES_COLORS = ['#2f6fdb', '#e8710a', '#12a37f', '#c2185b', '#7b5ea7', '#6b7280'];
const FONT = 'font-family="system-ui, -apple-system, Segoe UI, Roboto, sans-serif"';
const CHAR_WIDTH = 6.2; // average glyph width of the 11px axis font, for layout estimates
const AXIS_COLOR = '#6b7280';
const GRID_COLOR = '#e5e7eb';
const TEXT_COLOR = '#374151';
/** Draws `chart`: overlaid step histograms for 'histogram', grouped bars for 'bar', with axes and legend. */
function renderChartSvg(chart, opts = {}) {
    const width = opts.width ?? 560;
    const height = opts.height ?? 300;
    const labels = chart.labels;
    const series = chart.series.map((s) => ({
        name: s.name,
        values: labels.map((_, i) => finiteOr0(s.values[i])),
        low: s.low && s.high ? labels.map((_, i) => finiteOrNaN(s.low?.[i])) : undefined,
        high: s.low && s.high ? labels.map((_, i) => finiteOrNaN(s.high?.[i])) : undefined,
        boxes: chart.kind === 'box' ? labels.map((_, i) => finiteBox(s.boxes?.[i])) : undefined,
    }));
    const open = svgOpen(chart, width, height);
    if (labels.length === 0 || series.length === 0) {
        return `${open}<text x="${coord(width / 2)}" y="${coord(height / 2)}" text-anchor="middle" ${FONT} font-size="13" fill="${AXIS_COLOR}">No data</text></svg>`;
    }
    const xTicks = layoutXLabels(labels, width - 64 - 16);
    const frame = {
        width,
        height,
        left: 64,
        right: width - 16,
        top: 34,
        bottom: height - xTicks.height - 22,
    };
    let min = 0;
    let max = 0;
    for (const s of series) {
        const extents = [
            ...(s.boxes
                ? s.boxes.flatMap((box) => (box ? [box.min, box.q1, box.median, box.q3, box.max] : []))
                : s.values),
            ...(s.low ?? []),
            ...(s.high ?? []),
        ];
        for (const value of extents) {
            if (Number.isNaN(value))
                continue;
            min = Math.min(min, value);
            max = Math.max(max, value);
        }
    }
    const scale = yScale(min, max, frame);
    const xLabel = chart.xLabel ?? (chart.kind === 'histogram' ? 'bin' : '');
    const yLabel = chart.yLabel ?? (chart.kind === 'histogram' ? 'frequency' : 'value');
    const plot = chart.kind === 'histogram'
        ? histogram(series, labels, scale, frame)
        : chart.kind === 'box'
            ? boxes(series, labels, scale, frame)
            : bars(series, labels, scale, frame);
    const parts = [
        open,
        yAxis(scale, frame, yLabel),
        plot,
        intervals(series, labels, scale, frame, chart.kind),
        xAxis(labels, xTicks, scale, frame, xLabel),
        legend(series.map((s) => s.name)),
        '</svg>',
    ];
    return parts.join('');
}
function svgOpen(chart, width, height) {
    const title = xml(chart.title);
    return (`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${coord(width)} ${coord(height)}" width="${coord(width)}" height="${coord(height)}" role="img" aria-label="${title}">` +
        `<title>${title}</title>`);
}
/**
 * A linear y scale over [min, max] widened to round tick steps. A flat range (all zeros) becomes [0, 1];
 * a range too small or too large for round steps in double precision keeps its bounds with no inner ticks.
 */
function yScale(min, max, frame) {
    let step = niceStep((max - min) / 4);
    let lo = Math.floor(min / step) * step;
    let hi = Math.ceil(max / step) * step;
    if (!(max > min)) {
        [lo, hi, step] = [0, 1, 0.25];
    }
    else if (!(hi > lo) || !Number.isFinite(hi - lo) || (hi - lo) / step > 12) {
        [lo, hi, step] = [min, max, max - min];
    }
    const ticks = [];
    for (let i = 0; i <= 12 && lo + i * step <= hi + step / 2; i++)
        ticks.push(Number((lo + i * step).toPrecision(12)));
    const y = (value) => frame.bottom - ((value - lo) / (hi - lo)) * (frame.bottom - frame.top);
    return { lo, hi, ticks, y };
}
/** The smallest of 1, 2, 2.5, 5 or 10 times a power of ten that is at least `raw`. */
function niceStep(raw) {
    if (!(raw > 0) || !Number.isFinite(raw))
        return 1;
    const power = 10 ** Math.floor(Math.log10(raw));
    const fraction = raw / power;
    const nice = [1, 2, 2.5, 5, 10].find((candidate) => fraction <= candidate + 1e-9) ?? 10;
    return nice * power;
}
function yAxis(scale, frame, label) {
    const lines = scale.ticks.map((tick) => {
        const y = coord(scale.y(tick));
        return (`<line x1="${coord(frame.left)}" x2="${coord(frame.right)}" y1="${y}" y2="${y}" stroke="${GRID_COLOR}" stroke-width="1"/>` +
            `<text x="${coord(frame.left - 8)}" y="${y}" dy="0.32em" text-anchor="end" ${FONT} font-size="11" fill="${AXIS_COLOR}">${xml(formatTick(tick))}</text>`);
    });
    const middle = coord((frame.top + frame.bottom) / 2);
    const room = Math.max(4, Math.floor((frame.bottom - frame.top) / CHAR_WIDTH));
    const title = label
        ? `<text transform="translate(14 ${middle}) rotate(-90)" text-anchor="middle" ${FONT} font-size="11" fill="${TEXT_COLOR}">${xml(clip(label, room))}</text>`
        : '';
    return `<g>${lines.join('')}${title}</g>`;
}
/** Tick labels: short, so 12,000 becomes 12k and 2,500,000 becomes 2.5M. */
function formatTick(value) {
    const magnitude = Math.abs(value);
    if (magnitude >= 1e9)
        return `${(0,format/* formatNumber */.ZV)(value / 1e9)}G`;
    if (magnitude >= 1e6)
        return `${(0,format/* formatNumber */.ZV)(value / 1e6)}M`;
    if (magnitude >= 1e4)
        return `${(0,format/* formatNumber */.ZV)(value / 1e3)}k`;
    return (0,format/* formatNumber */.ZV)(value);
}
/** Fits the x labels: horizontal when they fit, otherwise slanted and thinned out to avoid overlap. */
function layoutXLabels(labels, plotWidth) {
    const slot = plotWidth / Math.max(1, labels.length);
    const longest = labels.reduce((most, label) => Math.max(most, label.length), 1);
    const horizontalChars = Math.min(longest, 18);
    if (horizontalChars * CHAR_WIDTH + 6 <= slot) {
        return { every: 1, rotated: false, maxChars: horizontalChars, height: 18 };
    }
    const maxChars = Math.min(longest, 14);
    // Slanted labels need only about a line height of horizontal room each.
    const every = Math.max(1, Math.ceil(17 / slot));
    return {
        every,
        rotated: true,
        maxChars,
        height: Math.ceil(maxChars * CHAR_WIDTH * Math.sin(Math.PI / 4)) + 14,
    };
}
function xAxis(labels, layout, scale, frame, label) {
    const slot = (frame.right - frame.left) / labels.length;
    const baseline = coord(scale.y(0));
    const ticks = labels.map((text, i) => {
        if (i % layout.every !== 0)
            return '';
        const x = frame.left + slot * (i + 0.5);
        const shown = xml(clip(text, layout.maxChars));
        const full = xml(text);
        const y = frame.bottom + 14;
        return layout.rotated
            ? `<text transform="translate(${coord(x)} ${coord(y - 4)}) rotate(-45)" text-anchor="end" ${FONT} font-size="11" fill="${AXIS_COLOR}"><title>${full}</title>${shown}</text>`
            : `<text x="${coord(x)}" y="${coord(y)}" text-anchor="middle" ${FONT} font-size="11" fill="${AXIS_COLOR}"><title>${full}</title>${shown}</text>`;
    });
    const axisLine = `<line x1="${coord(frame.left)}" x2="${coord(frame.right)}" y1="${baseline}" y2="${baseline}" stroke="${AXIS_COLOR}" stroke-width="1"/>`;
    const title = label
        ? `<text x="${coord((frame.left + frame.right) / 2)}" y="${coord(frame.height - 6)}" text-anchor="middle" ${FONT} font-size="11" fill="${TEXT_COLOR}">${xml(clip(label, 60))}</text>`
        : '';
    return `<g>${axisLine}${ticks.join('')}${title}</g>`;
}
/**
 * Each series as a step curve over shared bins: the first (the reference) shaded, the others as outlines
 * drawn on top, so two distributions overlay legibly without muddy blended fills.
 */
function histogram(series, labels, scale, frame) {
    const slot = (frame.right - frame.left) / labels.length;
    const zero = scale.y(0);
    const curves = series.map((s, index) => {
        const color = SERIES_COLORS[index % SERIES_COLORS.length];
        let path = `M${coord(frame.left)} ${coord(zero)}`;
        s.values.forEach((value, i) => {
            const y = coord(scale.y(value));
            path += ` L${coord(frame.left + slot * i)} ${y} L${coord(frame.left + slot * (i + 1))} ${y}`;
        });
        path += ` L${coord(frame.right)} ${coord(zero)}`;
        // Only the shaded curve closes along the baseline; an outline drawn there would hide the x axis.
        const fill = index === 0 ? `fill="${color}" fill-opacity="0.2"` : 'fill="none"';
        if (index === 0)
            path += ' Z';
        return `<path d="${path}" ${fill} stroke="${color}" stroke-width="2" stroke-linejoin="miter"/>`;
    });
    return `<g>${curves.join('')}${hoverTargets(series, labels, frame)}</g>`;
}
/** Grouped bars: one group per label, one bar per series, drawn from zero (up or down). */
function bars(series, labels, scale, frame) {
    const slot = (frame.right - frame.left) / labels.length;
    const inner = slot * 0.78;
    const barWidth = inner / series.length;
    const zero = scale.y(0);
    const rects = labels.flatMap((label, i) => series.map((s, index) => {
        const value = s.values[i];
        const x = frame.left + slot * i + (slot - inner) / 2 + barWidth * index;
        const y = scale.y(value);
        const color = SERIES_COLORS[index % SERIES_COLORS.length];
        const tip = xml(`${label} · ${s.name}: ${(0,format/* formatNumber */.ZV)(value)}`);
        return `<rect x="${coord(x)}" y="${coord(Math.min(y, zero))}" width="${coord(Math.max(barWidth - 1, 0.5))}" height="${coord(Math.abs(zero - y))}" fill="${color}" rx="1.5"><title>${tip}</title></rect>`;
    }));
    return `<g>${rects.join('')}</g>`;
}
/** Where a series' mark for label i sits: the bar's (or box's) middle, or the bin's middle in a histogram. */
function markCenter(kind, i, index, count, labels, frame) {
    const slot = (frame.right - frame.left) / labels;
    if (kind === 'histogram')
        return frame.left + slot * (i + 0.5);
    const inner = slot * 0.78;
    const width = inner / count;
    return frame.left + slot * i + (slot - inner) / 2 + width * (index + 0.5);
}
/** An interval per bar as a whisker with caps, in a darker line over the bar; bars without one get none. */
function intervals(series, labels, scale, frame, kind) {
    if (kind === 'box')
        return '';
    const slot = (frame.right - frame.left) / labels.length;
    const cap = Math.max(2, Math.min(6, (slot * 0.78) / series.length / 4));
    const marks = series.flatMap((s, index) => labels.map((label, i) => {
        const low = s.low?.[i] ?? Number.NaN;
        const high = s.high?.[i] ?? Number.NaN;
        if (Number.isNaN(low) || Number.isNaN(high))
            return '';
        const x = markCenter(kind, i, index, series.length, labels.length, frame);
        const [y1, y2] = [scale.y(low), scale.y(high)];
        const tip = xml(`${label} · ${s.name}: ${(0,format/* formatNumber */.ZV)(s.values[i])} [${(0,format/* formatNumber */.ZV)(low)}, ${(0,format/* formatNumber */.ZV)(high)}]`);
        return (`<path d="M${coord(x)} ${coord(y1)} L${coord(x)} ${coord(y2)} M${coord(x - cap)} ${coord(y1)} L${coord(x + cap)} ${coord(y1)} M${coord(x - cap)} ${coord(y2)} L${coord(x + cap)} ${coord(y2)}" ` +
            `stroke="${TEXT_COLOR}" stroke-width="1.5" fill="none"><title>${tip}</title></path>`);
    }));
    return `<g class="intervals">${marks.join('')}</g>`;
}
/** One box per label and series: whiskers from min to max, a box from q1 to q3, a line at the median. */
function boxes(series, labels, scale, frame) {
    const slot = (frame.right - frame.left) / labels.length;
    const width = Math.max(2, ((slot * 0.78) / series.length) * 0.7);
    const marks = series.flatMap((s, index) => labels.map((label, i) => {
        const box = s.boxes?.[i];
        if (!box)
            return '';
        const x = markCenter('box', i, index, series.length, labels.length, frame);
        const color = SERIES_COLORS[index % SERIES_COLORS.length];
        const [top, q3, median, q1, bottom] = [box.max, box.q3, box.median, box.q1, box.min].map(scale.y);
        const left = x - width / 2;
        const tip = xml(`${label} · ${s.name}: median ${(0,format/* formatNumber */.ZV)(box.median)}, quartiles ${(0,format/* formatNumber */.ZV)(box.q1)}–${(0,format/* formatNumber */.ZV)(box.q3)}, ` +
            `range ${(0,format/* formatNumber */.ZV)(box.min)}–${(0,format/* formatNumber */.ZV)(box.max)}, n = ${(0,format/* formatNumber */.ZV)(box.n)}`);
        return (`<g><title>${tip}</title>` +
            `<path d="M${coord(x)} ${coord(top)} L${coord(x)} ${coord(q3)} M${coord(x)} ${coord(q1)} L${coord(x)} ${coord(bottom)} M${coord(x - width / 4)} ${coord(top)} L${coord(x + width / 4)} ${coord(top)} M${coord(x - width / 4)} ${coord(bottom)} L${coord(x + width / 4)} ${coord(bottom)}" stroke="${color}" stroke-width="1.5" fill="none"/>` +
            `<rect x="${coord(left)}" y="${coord(q3)}" width="${coord(width)}" height="${coord(Math.max(0.5, q1 - q3))}" fill="${color}" fill-opacity="0.25" stroke="${color}" stroke-width="1.5"/>` +
            `<line x1="${coord(left)}" x2="${coord(left + width)}" y1="${coord(median)}" y2="${coord(median)}" stroke="${color}" stroke-width="2.5"/>` +
            '</g>');
    }));
    return `<g class="boxes">${marks.join('')}</g>`;
}
/** Invisible full-height bands per bin whose tooltip lists every series' value (no script needed). */
function hoverTargets(series, labels, frame) {
    const slot = (frame.right - frame.left) / labels.length;
    return labels
        .map((label, i) => {
        const tip = xml([label, ...series.map((s) => `${s.name}: ${(0,format/* formatNumber */.ZV)(s.values[i])}`)].join('\n'));
        return `<rect x="${coord(frame.left + slot * i)}" y="${coord(frame.top)}" width="${coord(slot)}" height="${coord(frame.bottom - frame.top)}" fill="transparent"><title>${tip}</title></rect>`;
    })
        .join('');
}
function legend(names) {
    let x = 64;
    const items = names.map((name, index) => {
        const shown = clip(name, 28);
        const item = `<rect x="${coord(x)}" y="10" width="12" height="12" rx="2" fill="${SERIES_COLORS[index % SERIES_COLORS.length]}"/>` +
            `<text x="${coord(x + 17)}" y="16" dy="0.35em" ${FONT} font-size="12" fill="${TEXT_COLOR}">${xml(shown)}</text>`;
        x += 17 + shown.length * 6.8 + 18;
        return item;
    });
    return `<g>${items.join('')}</g>`;
}
/** Non-finite values draw as 0; magnitudes are capped so differences between values stay finite. */
function finiteOr0(value) {
    if (value === undefined || !Number.isFinite(value))
        return 0;
    return Math.max(-1e300, Math.min(1e300, value));
}
function finiteOrNaN(value) {
    if (value === undefined || value === null || !Number.isFinite(value))
        return Number.NaN;
    return Math.max(-1e300, Math.min(1e300, value));
}
/** A box whose five numbers are all finite, clamped like any value; anything else is not drawn. */
function finiteBox(box) {
    if (!box)
        return undefined;
    const five = [box.min, box.q1, box.median, box.q3, box.max];
    if (!five.every((value) => typeof value === 'number' && Number.isFinite(value)))
        return undefined;
    const [min, q1, median, q3, max] = five.map(finiteOr0);
    return { min, q1, median, q3, max, n: box.n };
}
/** Text for SVG content or attributes: escaped, without the control characters XML forbids. */
function xml(text) {
    return escapeHtml(stripControl((0,truncate/* truncateForDisplay */.E)(text)));
}
/** A coordinate with one decimal; never NaN or Infinity in the markup. */
function coord(value) {
    if (!Number.isFinite(value))
        return '0';
    return String(Math.round(value * 10) / 10);
}

;// CONCATENATED MODULE: ./packages/core/src/report/render-html.ts
/**
 * The report as one self-contained HTML file: inline CSS, charts as inline SVG, no script and nothing
 * fetched from the network (a Content-Security-Policy says so to the browser as well). Every string from
 * the report is HTML-escaped.
 */




/** Rows drawn per table; report.json holds the rest. */
const HTML_MAX_ROWS = 10_000;
/** Findings listed; report.json holds the rest. */
const HTML_MAX_FINDINGS = 5_000;
const render_html_LOCATIONS_SHOWN = 5;
const VERDICT_ICON = { pass: '✓', warn: '!', fail: '✕' };
function renderHtml(report) {
    const name = report.reportName !== report.action ? report.reportName : '';
    const title = `${format/* VERDICT_LABEL */.j[report.verdict]} · ${report.action}${name ? ` · ${name}` : ''}`;
    const sections = [
        metricsSection(report),
        findingsSection(report.findings),
        chartsSection(report),
        tablesSection(report),
    ];
    return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${render_html_text(clip(title, 200))}</title>
<style>${STYLE}</style>
</head>
<body>
<header class="top ${render_html_text(report.verdict)}">
<div class="verdict"><span class="icon" aria-hidden="true">${VERDICT_ICON[report.verdict]}</span>${format/* VERDICT_LABEL */.j[report.verdict]}</div>
<div class="heading">
<h1>${render_html_text(name || report.action)}</h1>
<p class="meta">${name ? `${render_html_text(report.action)} · ` : ''}${timeElement(report.createdAt)} · ${render_html_text(report.tool.name)} ${render_html_text(report.tool.version)}</p>
</div>
</header>
<main>
<p class="summary">${render_html_text(report.summary)}</p>
${sections.filter((section) => section !== '').join('\n')}
</main>
</body>
</html>
`;
}
/** Escaped text with control characters dropped. */
function render_html_text(value) {
    return escapeHtml(stripControl((0,truncate/* truncateForDisplay */.E)(value)));
}
function timeElement(createdAt) {
    const time = new Date(createdAt);
    const shown = Number.isNaN(time.getTime())
        ? createdAt
        : `${time.toISOString().slice(0, 19).replace('T', ' ')} UTC`;
    return `<time datetime="${render_html_text(createdAt)}">${render_html_text(shown)}</time>`;
}
function metricsSection(report) {
    const entries = Object.entries(report.metrics);
    if (entries.length === 0)
        return '';
    const items = entries.map(([key, value]) => `<div class="metric"><dt>${render_html_text(key)}</dt><dd class="${metricClass(value)}">${render_html_text((0,format/* formatValue */.Fl)(value))}</dd></div>`);
    return `<section><h2>Metrics</h2><dl class="metrics">${items.join('')}</dl></section>`;
}
/** Numbers in tabular figures; long text in a smaller size so a card does not become a wall of bold. */
function metricClass(value) {
    if (typeof value === 'number')
        return 'num';
    return (0,format/* formatValue */.Fl)(value).length > 18 ? 'long' : '';
}
function findingsSection(findings) {
    const groups = (0,format/* groupBySeverity */.Eg)(findings);
    if (groups.size === 0)
        return '<section><h2>Findings</h2><p class="none">No findings.</p></section>';
    const ordered = [...groups.values()].flat();
    const shown = ordered.slice(0, HTML_MAX_FINDINGS).map(findingItem);
    const more = ordered.length > HTML_MAX_FINDINGS
        ? `<p class="note">${ordered.length - HTML_MAX_FINDINGS} more findings are in report.json.</p>`
        : '';
    return `<section><h2>Findings <span class="count">${render_html_text((0,format/* describeCounts */.wv)(groups))}</span></h2><ul class="findings">${shown.join('')}</ul>${more}</section>`;
}
function findingItem(finding) {
    const facts = [
        `<code>${render_html_text(finding.check)}</code>`,
        ...(finding.column !== undefined ? [`column <strong>${render_html_text(finding.column)}</strong>`] : []),
        ...(finding.count !== undefined || finding.share !== undefined ? [render_html_text((0,format/* formatCount */.B4)(finding))] : []),
    ];
    const locations = finding.locations ?? [];
    const where = locations
        .slice(0, render_html_LOCATIONS_SHOWN)
        .map((location) => `<code>${render_html_text((0,format/* formatLocation */.j$)(location))}</code>`);
    if (locations.length > render_html_LOCATIONS_SHOWN)
        where.push(`+${locations.length - render_html_LOCATIONS_SHOWN} more`);
    return (`<li class="finding ${render_html_text(finding.severity)}"><span class="badge">${render_html_text(finding.severity)}</span><div>` +
        `<p class="message">${render_html_text(finding.message)}</p>` +
        `<p class="facts">${facts.join('<span class="dot">·</span>')}</p>` +
        (where.length > 0 ? `<p class="where">${where.join(' ')}</p>` : '') +
        '</div></li>');
}
function chartsSection(report) {
    if (report.charts.length === 0)
        return '';
    const figures = report.charts.map((chart) => `<figure><figcaption>${render_html_text(chart.title)}</figcaption>${renderChartSvg(chart)}</figure>`);
    return `<section><h2>Charts</h2><div class="charts">${figures.join('')}</div></section>`;
}
function tablesSection(report) {
    return report.tables.map(tableSection).join('\n');
}
function tableSection(table) {
    const heading = `<h2>${render_html_text(table.title || table.id)} <span class="count">${table.rows.length} ${table.rows.length === 1 ? 'row' : 'rows'}</span></h2>`;
    if (table.columns.length === 0 || table.rows.length === 0) {
        return `<section>${heading}<p class="none">No ${table.columns.length === 0 ? 'columns' : 'rows'}.</p></section>`;
    }
    const numeric = table.columns.map(format/* isNumericColumn */.kc);
    const cls = (i) => (numeric[i] ? ' class="num"' : '');
    const head = table.columns
        .map((column, i) => `<th scope="col"${cls(i)}>${render_html_text((0,format/* columnHeader */.k4)(column))}</th>`)
        .join('');
    const rows = table.rows
        .slice(0, HTML_MAX_ROWS)
        .map((row) => `<tr>${table.columns.map((column, i) => `<td${cls(i)}>${render_html_text((0,format/* formatCell */._Z)(row[i], column, true))}</td>`).join('')}</tr>`);
    const more = table.rows.length > HTML_MAX_ROWS
        ? `<p class="note">Showing ${HTML_MAX_ROWS} of ${table.rows.length} rows; report.json holds all of them.</p>`
        : '';
    return `<section>${heading}<div class="table-wrap"><table><thead><tr>${head}</tr></thead><tbody>${rows.join('\n')}</tbody></table></div>${more}</section>`;
}
const STYLE = `
:root { --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --soft: #f6f8fa; --accent: #2f6fdb; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--fg); background: #fff; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
main, .top { max-width: 1120px; margin: 0 auto; padding: 0 28px; }
.top { display: flex; align-items: center; gap: 20px; padding-top: 28px; padding-bottom: 20px; border-bottom: 1px solid var(--line); }
.verdict { display: flex; align-items: center; gap: 8px; padding: 8px 16px 8px 10px; border-radius: 999px; font-weight: 650; font-size: 17px; white-space: nowrap; }
.verdict .icon { display: inline-grid; place-items: center; width: 26px; height: 26px; border-radius: 50%; color: #fff; font-size: 15px; }
.pass .verdict { background: #dafbe1; color: #116329; } .pass .verdict .icon { background: #1a7f37; }
.warn .verdict { background: #fff8c5; color: #7d4e00; } .warn .verdict .icon { background: #bf8700; }
.fail .verdict { background: #ffebe9; color: #a40e26; } .fail .verdict .icon { background: #cf222e; }
h1 { margin: 0; font-size: 24px; line-height: 1.25; overflow-wrap: anywhere; }
.meta { margin: 2px 0 0; color: var(--muted); font-size: 14px; overflow-wrap: anywhere; }
.summary { font-size: 17px; margin: 22px 0 8px; overflow-wrap: anywhere; white-space: pre-line; }
section { margin: 30px 0; }
h2 { font-size: 18px; margin: 0 0 12px; overflow-wrap: anywhere; }
h2 .count { color: var(--muted); font-weight: 400; font-size: 14px; margin-left: 6px; }
.metrics { display: grid; grid-template-columns: repeat(auto-fill, minmax(170px, 1fr)); gap: 10px; margin: 0; }
.metric { border: 1px solid var(--line); border-radius: 8px; padding: 10px 14px; background: var(--soft); min-width: 0; }
.metric dt { color: var(--muted); font-size: 13px; overflow-wrap: anywhere; }
.metric dd { margin: 2px 0 0; font-size: 20px; font-weight: 600; overflow-wrap: anywhere; }
.metric dd.long { font-size: 15px; font-weight: 500; }
.num { font-variant-numeric: tabular-nums; }
.findings { list-style: none; margin: 0; padding: 0; border: 1px solid var(--line); border-radius: 8px; overflow: hidden; }
.finding { display: flex; gap: 14px; align-items: flex-start; padding: 12px 16px; border-top: 1px solid var(--line); border-left: 4px solid transparent; }
.finding:first-child { border-top: 0; }
.finding.error { border-left-color: #cf222e; } .finding.warning { border-left-color: #bf8700; } .finding.notice { border-left-color: #2f6fdb; }
.badge { flex: none; width: 68px; text-align: center; border-radius: 999px; padding: 1px 0; font-size: 12px; font-weight: 600; text-transform: uppercase; letter-spacing: .03em; margin-top: 2px; }
.error .badge { background: #ffebe9; color: #a40e26; } .warning .badge { background: #fff8c5; color: #7d4e00; } .notice .badge { background: #ddf4ff; color: #0a3069; }
.finding > div { min-width: 0; }
.finding p { margin: 0; overflow-wrap: anywhere; }
.message { white-space: pre-line; }
.facts, .where { color: var(--muted); font-size: 13px; margin-top: 3px !important; }
.dot { margin: 0 7px; }
code { font: 12.5px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: var(--soft); border: 1px solid var(--line); border-radius: 5px; padding: 0 5px; }
.where code { margin-right: 4px; }
.charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(460px, 1fr)); gap: 16px; }
figure { margin: 0; border: 1px solid var(--line); border-radius: 8px; padding: 12px 12px 6px; min-width: 0; }
figcaption { font-weight: 600; margin: 0 0 2px 4px; overflow-wrap: anywhere; }
svg { display: block; width: 100%; height: auto; }
.table-wrap { overflow: auto; max-height: 640px; border: 1px solid var(--line); border-radius: 8px; }
table { border-collapse: collapse; width: 100%; font-size: 14px; }
th, td { padding: 7px 12px; text-align: left; border-bottom: 1px solid var(--line); vertical-align: top; white-space: pre-line; }
th { position: sticky; top: 0; background: var(--soft); font-weight: 600; color: var(--muted); font-size: 13px; }
th.num, td.num { text-align: right; }
tbody tr:nth-child(even) { background: #fbfcfd; }
tbody tr:hover { background: #f0f6ff; }
tbody tr:last-child td { border-bottom: 0; }
.none, .note { color: var(--muted); }
@media print { .table-wrap { max-height: none; overflow: visible; } }
`;

;// CONCATENATED MODULE: ./packages/core/src/report/write.ts







/** The file names every action writes into its report-dir. */
const REPORT_FILE_NAMES = {
    json: 'report.json',
    markdown: 'report.md',
    html: 'report.html',
};
// A report file that is a symbolic link (committed in a pull request to point at ~/.bashrc, say) is
// refused, not followed: open fails with ELOOP where the platform has O_NOFOLLOW.
const NO_FOLLOW = external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_CREAT | external_node_fs_.constants.O_TRUNC | (external_node_fs_.constants.O_NOFOLLOW ?? 0);
/**
 * Writes report.json, report.md and report.html into `dir` (created if missing) and returns their
 * absolute paths. The markdown file is the full body, not cut to a comment's size limit.
 */
async function writeReportFiles(report, dir) {
    const root = (0,external_node_path_.resolve)(dir);
    const paths = {
        json: (0,external_node_path_.join)(root, REPORT_FILE_NAMES.json),
        markdown: (0,external_node_path_.join)(root, REPORT_FILE_NAMES.markdown),
        html: (0,external_node_path_.join)(root, REPORT_FILE_NAMES.html),
    };
    try {
        await (0,promises_.mkdir)(root, { recursive: true });
        await Promise.all([
            (0,promises_.writeFile)(paths.json, serializeReport(report), { flag: NO_FOLLOW }),
            (0,promises_.writeFile)(paths.markdown, renderMarkdown(report, { maxLength: Number.MAX_SAFE_INTEGER }), {
                flag: NO_FOLLOW,
            }),
            (0,promises_.writeFile)(paths.html, renderHtml(report), { flag: NO_FOLLOW }),
        ]);
    }
    catch (error) {
        // A folder the job cannot write (read-only, full, a file in the way) is the user's to fix; anything
        // else (a renderer bug) stays an internal error.
        const reason = (0,errors/* describeFileSystemError */.t)(error, root);
        if (reason === undefined)
            throw error;
        throw new errors/* UserError */.y(`Cannot write the report files into ${root}: ${reason}`, { cause: error });
    }
    return paths;
}
// Key order of each object in the model, so report.json reads top-down (verdict before details) and is
// byte-identical for equal reports however their objects were assembled.
const REPORT_KEYS = [
    'schemaVersion',
    'action',
    'reportName',
    'verdict',
    'summary',
    'createdAt',
    'tool',
    'metrics',
    'findings',
    'tables',
    'charts',
];
const TOOL_KEYS = ['name', 'version'];
const FINDING_KEYS = ['check', 'severity', 'column', 'message', 'count', 'share', 'locations'];
const LOCATION_KEYS = ['file', 'line', 'unit', 'column'];
const TABLE_KEYS = ['id', 'title', 'columns', 'rows'];
const CHART_KEYS = ['id', 'title', 'kind', 'xLabel', 'yLabel', 'labels', 'series'];
const SERIES_KEYS = ['name', 'values', 'low', 'high', 'boxes'];
const COLUMN_KEYS = ['name', 'kind', 'unit'];
const BOX_KEYS = ['min', 'q1', 'median', 'q3', 'max', 'n'];
const INTERVAL_KEYS = ['estimate', 'low', 'high'];
/**
 * report.json's text: two-space indented, keys in the model's order (keys the model does not know follow,
 * sorted), metrics in the order the check gave them. Non-finite numbers become null, as in all JSON.
 */
function serializeReport(report) {
    const ordered = pick(report, REPORT_KEYS, {
        tool: (tool) => pick(tool, TOOL_KEYS),
        findings: (findings) => findings.map((finding) => pick(finding, FINDING_KEYS, {
            locations: (locations) => locations.map((location) => pick(location, LOCATION_KEYS)),
        })),
        tables: (tables) => tables.map((table) => pick(table, TABLE_KEYS, {
            columns: (columns) => columns.map((column) => pick(column, COLUMN_KEYS)),
            rows: (rows) => rows.map((row) => row.map((cell) => ((0,model/* isIntervalValue */.Rq)(cell) ? pick(cell, INTERVAL_KEYS) : cell))),
        })),
        charts: (charts) => charts.map((chart) => pick(chart, CHART_KEYS, {
            series: (series) => series.map((s) => pick(s, SERIES_KEYS, {
                boxes: (boxes) => boxes.map((box) => pick(box, BOX_KEYS)),
            })),
        })),
    });
    return `${JSON.stringify(ordered, null, 2)}\n`;
}
/** A copy of `object` with `keys` first in that order, then any other keys sorted; undefined values dropped. */
function pick(object, keys, nested = {}) {
    const source = object;
    const extra = Object.keys(source)
        .filter((key) => !keys.includes(key))
        .sort();
    const out = {};
    for (const key of [...keys, ...extra]) {
        const value = source[key];
        if (value === undefined)
            continue;
        out[key] = nested[key] ? nested[key](value) : value;
    }
    return out;
}

;// CONCATENATED MODULE: ./packages/core/src/action/gate.ts

const REPORT_NAME_EXPECTED = 'a name of 1 to 100 letters, digits, spaces, dots, dashes or underscores that starts with a letter or digit';
const REPORT_NAME = /^[\p{L}\p{N}][\p{L}\p{N} ._-]{0,99}$/u;
/**
 * report-name is also the name of its folder and of the artifact, so it is one plain path segment: no
 * separator, no `..`, nothing a file system or the artifact service refuses. It is refused rather than
 * quietly changed, so the folder, the artifact and the comment all carry the name that was asked for.
 */
function reportName() {
    return {
        ...spec_text(),
        expected: REPORT_NAME_EXPECTED,
        parse: (raw) => {
            if (!REPORT_NAME.test(raw))
                throw new ExpectedError(REPORT_NAME_EXPECTED);
            return raw;
        },
    };
}
/** Inputs every gate has, with the same names and meaning everywhere. */
const commonInputs = {
    'fail-on': present(choice(['error', 'warning', 'never'])),
    'report-name': reportName(),
    'report-dir': present(spec_text()),
    'max-annotations': present(integer({ min: 0, max: 10_000 })),
    token: secret(spec_text()),
};
/** The step fails only when the verdict reaches the `fail-on` level. */
function gateFails(verdict, failOn) {
    if (failOn === 'never')
        return false;
    if (failOn === 'warning')
        return verdict !== 'pass';
    return verdict === 'fail';
}

;// CONCATENATED MODULE: ./packages/core/src/action/execute.ts






/**
 * The path every run takes, in Actions and in the CLI alike: run the check, build the Report, write
 * report.json/.md/.html, derive outputs and whether the gate fails. Publishing to GitHub is the caller's.
 */
async function executeGate(gate, options, context) {
    const outcome = await gate.run(options, context);
    const reportName = options['report-name'] ?? gate.name;
    const report = buildReport(gate.name, reportName, outcome.result);
    // One folder per report name, so two uses of a gate in one job keep both reports.
    const reportDir = writablePath('report-dir', (0,external_node_path_.join)(options['report-dir'], reportName), context);
    const files = await writeReportFiles(report, reportDir);
    const errors = report.findings.filter((f) => f.severity === 'error').length;
    const warnings = report.findings.filter((f) => f.severity === 'warning').length;
    const failed = gateFails(report.verdict, options['fail-on']);
    const outputs = {
        passed: String(report.verdict === 'pass'),
        verdict: report.verdict,
        errors: String(errors),
        warnings: String(warnings),
        'report-path': files.json,
        ...outcome.outputs,
    };
    return { report, files, reportDir, outputs, failed, publishingWarnings: outcome.publishingWarnings ?? [] };
}
/**
 * A path an input names for the gate to write (report-dir, an output file), resolved against the
 * workspace, and refused when it leads outside every allowed root (in the action: the workspace and
 * RUNNER_TEMP; the CLI has none, its user owns the disk). Symbolic links on the way count: a pull request
 * can commit `reports -> /home/runner`, so the path is followed as the file system will follow it.
 */
function writablePath(input, value, context) {
    const path = (0,external_node_path_.resolve)(context.workspace, value);
    const roots = context.reportRoots;
    if (roots === undefined)
        return path;
    const allowed = (candidate, rootsSeen) => rootsSeen.some((root) => isInside(candidate, root));
    const refuse = (how) => new InputError(input, `Input "${input}": ${JSON.stringify(value)} leads outside the workspace${how}; expected a path ` +
        `inside the workspace or RUNNER_TEMP (${roots.map((root) => JSON.stringify(root)).join(', ')})`);
    if (!allowed(path, roots.map((root) => (0,external_node_path_.resolve)(root))))
        throw refuse('');
    const real = followLinks(path);
    if (!allowed(real, roots.map((root) => followLinks((0,external_node_path_.resolve)(root))))) {
        throw refuse(` through a symbolic link (to ${JSON.stringify(real)})`);
    }
    return path;
}
/** Where `path` really is: its deepest existing ancestor with every link followed, plus the rest. */
function followLinks(path) {
    try {
        return (0,external_node_fs_.realpathSync)(path);
    }
    catch {
        const parent = (0,external_node_path_.dirname)(path);
        return parent === path ? path : (0,external_node_path_.join)(followLinks(parent), (0,external_node_path_.basename)(path));
    }
}
function isInside(path, root) {
    const rel = (0,external_node_path_.relative)(root, path);
    return rel === '' || (!rel.startsWith('..') && !(0,external_node_path_.isAbsolute)(rel));
}

// EXTERNAL MODULE: ./packages/core/src/action/log.ts
var log = __nccwpck_require__(33782);
;// CONCATENATED MODULE: ./packages/core/src/action/mask.ts
/**
 * Masks a secret for the Actions log. The runner matches masks against one log line at a time, so a
 * multi-line secret (a PEM key) masked whole is never matched: each of its lines is masked as well.
 */
function maskSecret(value, setSecret) {
    if (value === '')
        return;
    setSecret(value);
    if (!/[\r\n]/.test(value))
        return;
    for (const line of value.split(/\r?\n|\r/)) {
        const trimmed = line.trim();
        if (trimmed !== '')
            setSecret(trimmed);
    }
}

// EXTERNAL MODULE: ./packages/core/src/action/workflow-commands.ts
var workflow_commands = __nccwpck_require__(35918);
;// CONCATENATED MODULE: ./packages/core/src/action/run-action.ts









/** The bundle runs as `node <action>/dist/index.js`, so action.yml sits one folder up. */
function bundledActionDir() {
    return (0,external_node_path_.dirname)((0,external_node_path_.dirname)(process.argv[1] ?? '.'));
}
/**
 * Runs a gate as a GitHub Action: inputs from INPUT_*, reports published where people look, outputs
 * set, and the step failed only by the gate's verdict (or by unusable input).
 */
async function runAction(gate, actionDir = bundledActionDir(), env = process.env) {
    try {
        const definition = loadActionYml((0,external_node_path_.join)(actionDir, 'action.yml'));
        const options = parseInputs(gate.inputs, envInputs(env), definition);
        for (const [name, spec] of Object.entries(gate.inputs)) {
            const value = options[name];
            if (spec.secret && typeof value === 'string')
                maskSecret(value, workflow_commands/* setSecret */.Pq);
        }
        const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
        const reportRoots = [workspace, ...(env.RUNNER_TEMP ? [env.RUNNER_TEMP] : [])];
        const run = await executeGate(gate, options, { log: log/* logInfo */.fH, workspace, env, reportRoots });
        const markdown = renderMarkdown(run.report);
        // Loaded only now: the GitHub clients are most of the bundle, and the check's data should not have to
        // share memory with them.
        const { publishReport } = await __nccwpck_require__.e(/* import() */ 34).then(__nccwpck_require__.bind(__nccwpck_require__, 33034));
        const published = await publishReport({
            report: run.report,
            markdown,
            reportDir: run.reportDir,
            maxAnnotations: options['max-annotations'],
            token: options.token || env.GITHUB_TOKEN,
            env,
        });
        for (const warning of run.publishingWarnings)
            workflow_commands/* warning */.$e(warning);
        for (const [name, value] of Object.entries(run.outputs))
            workflow_commands/* setOutput */.uH(name, value);
        // The gate's own GitHub calls degrade the report status exactly as a failed comment or check run does.
        const status = run.publishingWarnings.length > 0 && published.status === 'ok' ? 'degraded' : published.status;
        workflow_commands/* setOutput */.uH('report-status', status);
        (0,log/* logInfo */.fH)(`${gate.name}: ${run.report.verdict} - ${run.report.summary}`);
        if (run.failed)
            workflow_commands/* setFailed */.C1(`${gate.name}: ${run.report.summary}`);
    }
    catch (error) {
        const { message, stack } = describeError(error);
        if (stack)
            workflow_commands/* debug */.Yz(stack);
        workflow_commands/* setFailed */.C1(message);
    }
}

;// CONCATENATED MODULE: ./packages/core/src/data/table.ts
/**
 * The columnar Table every reader produces and every check consumes.
 *
 * Numeric columns hold Float64Array values with NaN for a missing cell, so statistics run on typed arrays
 * without boxing. Categorical columns are dictionary-encoded: `codes[i]` indexes `dictionary`, -1 is missing.
 * Each row keeps its provenance (file and line, or row index for Parquet) so a finding can point at it.
 */
const COLUMN_TYPES = [
    'integer',
    'number',
    'boolean',
    'datetime',
    'string',
    'category',
];
/** Where row `row` of the table came from. */
function locateRow(table, row) {
    let lo = 0;
    let hi = table.sources.length - 1;
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (table.sources[mid].firstRow <= row)
            lo = mid;
        else
            hi = mid - 1;
    }
    const source = table.sources[lo];
    return { file: source.file, line: table.lines[row], unit: source.format === 'parquet' ? 'row' : 'line' };
}
function findColumn(table, name) {
    return table.columns.find((c) => c.name === name);
}

// EXTERNAL MODULE: external "fs"
var external_fs_ = __nccwpck_require__(79896);
var external_fs_namespaceObject = /*#__PURE__*/__nccwpck_require__.t(external_fs_, 2);
// EXTERNAL MODULE: external "path"
var external_path_ = __nccwpck_require__(16928);
// EXTERNAL MODULE: external "url"
var external_url_ = __nccwpck_require__(87016);
;// CONCATENATED MODULE: external "module"
const external_module_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("module");
;// CONCATENATED MODULE: ./node_modules/tinyglobby/node_modules/fdir/dist/index.mjs




//#region rolldown:runtime
var __require = /* @__PURE__ */ (0,external_module_namespaceObject.createRequire)(import.meta.url);

//#endregion
//#region src/utils.ts
function cleanPath(path) {
	let normalized = (0,external_path_.normalize)(path);
	if (normalized.length > 1 && normalized[normalized.length - 1] === external_path_.sep) normalized = normalized.substring(0, normalized.length - 1);
	return normalized;
}
const SLASHES_REGEX = /[\\/]/g;
function convertSlashes(path, separator) {
	return path.replace(SLASHES_REGEX, separator);
}
const WINDOWS_ROOT_DIR_REGEX = /^[a-z]:[\\/]$/i;
function isRootDirectory(path) {
	return path === "/" || WINDOWS_ROOT_DIR_REGEX.test(path);
}
function normalizePath(path, options) {
	const { resolvePaths, normalizePath: normalizePath$1, pathSeparator } = options;
	const pathNeedsCleaning = process.platform === "win32" && path.includes("/") || path.startsWith(".");
	if (resolvePaths) path = (0,external_path_.resolve)(path);
	if (normalizePath$1 || pathNeedsCleaning) path = cleanPath(path);
	if (path === ".") return "";
	const needsSeperator = path[path.length - 1] !== pathSeparator;
	return convertSlashes(needsSeperator ? path + pathSeparator : path, pathSeparator);
}

//#endregion
//#region src/api/functions/join-path.ts
function joinPathWithBasePath(filename, directoryPath) {
	return directoryPath + filename;
}
function joinPathWithRelativePath(root, options) {
	return function(filename, directoryPath) {
		const sameRoot = directoryPath.startsWith(root);
		if (sameRoot) return directoryPath.slice(root.length) + filename;
		else return convertSlashes((0,external_path_.relative)(root, directoryPath), options.pathSeparator) + options.pathSeparator + filename;
	};
}
function joinPath(filename) {
	return filename;
}
function joinDirectoryPath(filename, directoryPath, separator) {
	return directoryPath + filename + separator;
}
function build$7(root, options) {
	const { relativePaths, includeBasePath } = options;
	return relativePaths && root ? joinPathWithRelativePath(root, options) : includeBasePath ? joinPathWithBasePath : joinPath;
}

//#endregion
//#region src/api/functions/push-directory.ts
function pushDirectoryWithRelativePath(root) {
	return function(directoryPath, paths) {
		paths.push(directoryPath.substring(root.length) || ".");
	};
}
function pushDirectoryFilterWithRelativePath(root) {
	return function(directoryPath, paths, filters) {
		const relativePath = directoryPath.substring(root.length) || ".";
		if (filters.every((filter) => filter(relativePath, true))) paths.push(relativePath);
	};
}
const pushDirectory = (directoryPath, paths) => {
	paths.push(directoryPath || ".");
};
const pushDirectoryFilter = (directoryPath, paths, filters) => {
	const path = directoryPath || ".";
	if (filters.every((filter) => filter(path, true))) paths.push(path);
};
const empty$2 = () => {};
function build$6(root, options) {
	const { includeDirs, filters, relativePaths } = options;
	if (!includeDirs) return empty$2;
	if (relativePaths) return filters && filters.length ? pushDirectoryFilterWithRelativePath(root) : pushDirectoryWithRelativePath(root);
	return filters && filters.length ? pushDirectoryFilter : pushDirectory;
}

//#endregion
//#region src/api/functions/push-file.ts
const pushFileFilterAndCount = (filename, _paths, counts, filters) => {
	if (filters.every((filter) => filter(filename, false))) counts.files++;
};
const pushFileFilter = (filename, paths, _counts, filters) => {
	if (filters.every((filter) => filter(filename, false))) paths.push(filename);
};
const pushFileCount = (_filename, _paths, counts, _filters) => {
	counts.files++;
};
const pushFile = (filename, paths) => {
	paths.push(filename);
};
const empty$1 = () => {};
function build$5(options) {
	const { excludeFiles, filters, onlyCounts } = options;
	if (excludeFiles) return empty$1;
	if (filters && filters.length) return onlyCounts ? pushFileFilterAndCount : pushFileFilter;
	else if (onlyCounts) return pushFileCount;
	else return pushFile;
}

//#endregion
//#region src/api/functions/get-array.ts
const getArray = (paths) => {
	return paths;
};
const getArrayGroup = () => {
	return [""].slice(0, 0);
};
function build$4(options) {
	return options.group ? getArrayGroup : getArray;
}

//#endregion
//#region src/api/functions/group-files.ts
const groupFiles = (groups, directory, files) => {
	groups.push({
		directory,
		files,
		dir: directory
	});
};
const empty = () => {};
function build$3(options) {
	return options.group ? groupFiles : empty;
}

//#endregion
//#region src/api/functions/resolve-symlink.ts
const resolveSymlinksAsync = function(path, state, callback$1) {
	const { queue, fs, options: { suppressErrors } } = state;
	queue.enqueue();
	fs.realpath(path, (error, resolvedPath) => {
		if (error) return queue.dequeue(suppressErrors ? null : error, state);
		fs.stat(resolvedPath, (error$1, stat) => {
			if (error$1) return queue.dequeue(suppressErrors ? null : error$1, state);
			if (stat.isDirectory() && isRecursive(path, resolvedPath, state)) return queue.dequeue(null, state);
			callback$1(stat, resolvedPath);
			queue.dequeue(null, state);
		});
	});
};
const resolveSymlinks = function(path, state, callback$1) {
	const { queue, fs, options: { suppressErrors } } = state;
	queue.enqueue();
	try {
		const resolvedPath = fs.realpathSync(path);
		const stat = fs.statSync(resolvedPath);
		if (stat.isDirectory() && isRecursive(path, resolvedPath, state)) return;
		callback$1(stat, resolvedPath);
	} catch (e) {
		if (!suppressErrors) throw e;
	}
};
function build$2(options, isSynchronous) {
	if (!options.resolveSymlinks || options.excludeSymlinks) return null;
	return isSynchronous ? resolveSymlinks : resolveSymlinksAsync;
}
function isRecursive(path, resolved, state) {
	if (state.options.useRealPaths) return isRecursiveUsingRealPaths(resolved, state);
	let parent = (0,external_path_.dirname)(path);
	let depth = 1;
	while (parent !== state.root && depth < 2) {
		const resolvedPath = state.symlinks.get(parent);
		const isSameRoot = !!resolvedPath && (resolvedPath === resolved || resolvedPath.startsWith(resolved) || resolved.startsWith(resolvedPath));
		if (isSameRoot) depth++;
		else parent = (0,external_path_.dirname)(parent);
	}
	state.symlinks.set(path, resolved);
	return depth > 1;
}
function isRecursiveUsingRealPaths(resolved, state) {
	return state.visited.includes(resolved + state.options.pathSeparator);
}

//#endregion
//#region src/api/functions/invoke-callback.ts
const onlyCountsSync = (state) => {
	return state.counts;
};
const groupsSync = (state) => {
	return state.groups;
};
const defaultSync = (state) => {
	return state.paths;
};
const limitFilesSync = (state) => {
	return state.paths.slice(0, state.options.maxFiles);
};
const onlyCountsAsync = (state, error, callback$1) => {
	report(error, callback$1, state.counts, state.options.suppressErrors);
	return null;
};
const defaultAsync = (state, error, callback$1) => {
	report(error, callback$1, state.paths, state.options.suppressErrors);
	return null;
};
const limitFilesAsync = (state, error, callback$1) => {
	report(error, callback$1, state.paths.slice(0, state.options.maxFiles), state.options.suppressErrors);
	return null;
};
const groupsAsync = (state, error, callback$1) => {
	report(error, callback$1, state.groups, state.options.suppressErrors);
	return null;
};
function report(error, callback$1, output, suppressErrors) {
	if (error && !suppressErrors) callback$1(error, output);
	else callback$1(null, output);
}
function build$1(options, isSynchronous) {
	const { onlyCounts, group, maxFiles } = options;
	if (onlyCounts) return isSynchronous ? onlyCountsSync : onlyCountsAsync;
	else if (group) return isSynchronous ? groupsSync : groupsAsync;
	else if (maxFiles) return isSynchronous ? limitFilesSync : limitFilesAsync;
	else return isSynchronous ? defaultSync : defaultAsync;
}

//#endregion
//#region src/api/functions/walk-directory.ts
const readdirOpts = { withFileTypes: true };
const walkAsync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
	state.queue.enqueue();
	if (currentDepth < 0) return state.queue.dequeue(null, state);
	const { fs } = state;
	state.visited.push(crawlPath);
	state.counts.directories++;
	fs.readdir(crawlPath || ".", readdirOpts, (error, entries = []) => {
		callback$1(entries, directoryPath, currentDepth);
		state.queue.dequeue(state.options.suppressErrors ? null : error, state);
	});
};
const walkSync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
	const { fs } = state;
	if (currentDepth < 0) return;
	state.visited.push(crawlPath);
	state.counts.directories++;
	let entries = [];
	try {
		entries = fs.readdirSync(crawlPath || ".", readdirOpts);
	} catch (e) {
		if (!state.options.suppressErrors) throw e;
	}
	callback$1(entries, directoryPath, currentDepth);
};
function build(isSynchronous) {
	return isSynchronous ? walkSync : walkAsync;
}

//#endregion
//#region src/api/queue.ts
/**
* This is a custom stateless queue to track concurrent async fs calls.
* It increments a counter whenever a call is queued and decrements it
* as soon as it completes. When the counter hits 0, it calls onQueueEmpty.
*/
var Queue = class {
	count = 0;
	constructor(onQueueEmpty) {
		this.onQueueEmpty = onQueueEmpty;
	}
	enqueue() {
		this.count++;
		return this.count;
	}
	dequeue(error, output) {
		if (this.onQueueEmpty && (--this.count <= 0 || error)) {
			this.onQueueEmpty(error, output);
			if (error) {
				output.controller.abort();
				this.onQueueEmpty = void 0;
			}
		}
	}
};

//#endregion
//#region src/api/counter.ts
var Counter = class {
	_files = 0;
	_directories = 0;
	set files(num) {
		this._files = num;
	}
	get files() {
		return this._files;
	}
	set directories(num) {
		this._directories = num;
	}
	get directories() {
		return this._directories;
	}
	/**
	* @deprecated use `directories` instead
	*/
	/* c8 ignore next 3 */
	get dirs() {
		return this._directories;
	}
};

//#endregion
//#region src/api/aborter.ts
/**
* AbortController is not supported on Node 14 so we use this until we can drop
* support for Node 14.
*/
var Aborter = class {
	aborted = false;
	abort() {
		this.aborted = true;
	}
};

//#endregion
//#region src/api/walker.ts
var Walker = class {
	root;
	isSynchronous;
	state;
	joinPath;
	pushDirectory;
	pushFile;
	getArray;
	groupFiles;
	resolveSymlink;
	walkDirectory;
	callbackInvoker;
	constructor(root, options, callback$1) {
		this.isSynchronous = !callback$1;
		this.callbackInvoker = build$1(options, this.isSynchronous);
		this.root = normalizePath(root, options);
		this.state = {
			root: isRootDirectory(this.root) ? this.root : this.root.slice(0, -1),
			paths: [""].slice(0, 0),
			groups: [],
			counts: new Counter(),
			options,
			queue: new Queue((error, state) => this.callbackInvoker(state, error, callback$1)),
			symlinks: /* @__PURE__ */ new Map(),
			visited: [""].slice(0, 0),
			controller: new Aborter(),
			fs: options.fs || external_fs_namespaceObject
		};
		this.joinPath = build$7(this.root, options);
		this.pushDirectory = build$6(this.root, options);
		this.pushFile = build$5(options);
		this.getArray = build$4(options);
		this.groupFiles = build$3(options);
		this.resolveSymlink = build$2(options, this.isSynchronous);
		this.walkDirectory = build(this.isSynchronous);
	}
	start() {
		this.pushDirectory(this.root, this.state.paths, this.state.options.filters);
		this.walkDirectory(this.state, this.root, this.root, this.state.options.maxDepth, this.walk);
		return this.isSynchronous ? this.callbackInvoker(this.state, null) : null;
	}
	walk = (entries, directoryPath, depth) => {
		const { paths, options: { filters, resolveSymlinks: resolveSymlinks$1, excludeSymlinks, exclude, maxFiles, signal, useRealPaths, pathSeparator }, controller } = this.state;
		if (controller.aborted || signal && signal.aborted || maxFiles && paths.length > maxFiles) return;
		const files = this.getArray(this.state.paths);
		for (let i = 0; i < entries.length; ++i) {
			const entry = entries[i];
			if (entry.isFile() || entry.isSymbolicLink() && !resolveSymlinks$1 && !excludeSymlinks) {
				const filename = this.joinPath(entry.name, directoryPath);
				this.pushFile(filename, files, this.state.counts, filters);
			} else if (entry.isDirectory()) {
				let path = joinDirectoryPath(entry.name, directoryPath, this.state.options.pathSeparator);
				if (exclude && exclude(entry.name, path)) continue;
				this.pushDirectory(path, paths, filters);
				this.walkDirectory(this.state, path, path, depth - 1, this.walk);
			} else if (this.resolveSymlink && entry.isSymbolicLink()) {
				let path = joinPathWithBasePath(entry.name, directoryPath);
				this.resolveSymlink(path, this.state, (stat, resolvedPath) => {
					if (stat.isDirectory()) {
						resolvedPath = normalizePath(resolvedPath, this.state.options);
						if (exclude && exclude(entry.name, useRealPaths ? resolvedPath : path + pathSeparator)) return;
						this.walkDirectory(this.state, resolvedPath, useRealPaths ? resolvedPath : path + pathSeparator, depth - 1, this.walk);
					} else {
						resolvedPath = useRealPaths ? resolvedPath : path;
						const filename = (0,external_path_.basename)(resolvedPath);
						const directoryPath$1 = normalizePath((0,external_path_.dirname)(resolvedPath), this.state.options);
						resolvedPath = this.joinPath(filename, directoryPath$1);
						this.pushFile(resolvedPath, files, this.state.counts, filters);
					}
				});
			}
		}
		this.groupFiles(this.state.groups, directoryPath, files);
	};
};

//#endregion
//#region src/api/async.ts
function promise(root, options) {
	return new Promise((resolve$1, reject) => {
		callback(root, options, (err, output) => {
			if (err) return reject(err);
			resolve$1(output);
		});
	});
}
function callback(root, options, callback$1) {
	let walker = new Walker(root, options, callback$1);
	walker.start();
}

//#endregion
//#region src/api/sync.ts
function sync(root, options) {
	const walker = new Walker(root, options);
	return walker.start();
}

//#endregion
//#region src/builder/api-builder.ts
var APIBuilder = class {
	constructor(root, options) {
		this.root = root;
		this.options = options;
	}
	withPromise() {
		return promise(this.root, this.options);
	}
	withCallback(cb) {
		callback(this.root, this.options, cb);
	}
	sync() {
		return sync(this.root, this.options);
	}
};

//#endregion
//#region src/builder/index.ts
let pm = null;
/* c8 ignore next 6 */
try {
	__require.resolve("picomatch");
	pm = __require("picomatch");
} catch {}
var Builder = class {
	globCache = {};
	options = {
		maxDepth: Infinity,
		suppressErrors: true,
		pathSeparator: external_path_.sep,
		filters: []
	};
	globFunction;
	constructor(options) {
		this.options = {
			...this.options,
			...options
		};
		this.globFunction = this.options.globFunction;
	}
	group() {
		this.options.group = true;
		return this;
	}
	withPathSeparator(separator) {
		this.options.pathSeparator = separator;
		return this;
	}
	withBasePath() {
		this.options.includeBasePath = true;
		return this;
	}
	withRelativePaths() {
		this.options.relativePaths = true;
		return this;
	}
	withDirs() {
		this.options.includeDirs = true;
		return this;
	}
	withMaxDepth(depth) {
		this.options.maxDepth = depth;
		return this;
	}
	withMaxFiles(limit) {
		this.options.maxFiles = limit;
		return this;
	}
	withFullPaths() {
		this.options.resolvePaths = true;
		this.options.includeBasePath = true;
		return this;
	}
	withErrors() {
		this.options.suppressErrors = false;
		return this;
	}
	withSymlinks({ resolvePaths = true } = {}) {
		this.options.resolveSymlinks = true;
		this.options.useRealPaths = resolvePaths;
		return this.withFullPaths();
	}
	withAbortSignal(signal) {
		this.options.signal = signal;
		return this;
	}
	normalize() {
		this.options.normalizePath = true;
		return this;
	}
	filter(predicate) {
		this.options.filters.push(predicate);
		return this;
	}
	onlyDirs() {
		this.options.excludeFiles = true;
		this.options.includeDirs = true;
		return this;
	}
	exclude(predicate) {
		this.options.exclude = predicate;
		return this;
	}
	onlyCounts() {
		this.options.onlyCounts = true;
		return this;
	}
	crawl(root) {
		return new APIBuilder(root || ".", this.options);
	}
	withGlobFunction(fn) {
		this.globFunction = fn;
		return this;
	}
	/**
	* @deprecated Pass options using the constructor instead:
	* ```ts
	* new fdir(options).crawl("/path/to/root");
	* ```
	* This method will be removed in v7.0
	*/
	/* c8 ignore next 4 */
	crawlWithOptions(root, options) {
		this.options = {
			...this.options,
			...options
		};
		return new APIBuilder(root || ".", this.options);
	}
	glob(...patterns) {
		if (this.globFunction) return this.globWithOptions(patterns);
		return this.globWithOptions(patterns, ...[{ dot: true }]);
	}
	globWithOptions(patterns, ...options) {
		const globFn = this.globFunction || pm;
		/* c8 ignore next 5 */
		if (!globFn) throw new Error("Please specify a glob function to use glob matching.");
		var isMatch = this.globCache[patterns.join("\0")];
		if (!isMatch) {
			isMatch = globFn(patterns, ...options);
			this.globCache[patterns.join("\0")] = isMatch;
		}
		this.options.filters.push((path) => isMatch(path));
		return this;
	}
};

//#endregion

// EXTERNAL MODULE: ./node_modules/tinyglobby/node_modules/picomatch/index.js
var picomatch = __nccwpck_require__(76501);
;// CONCATENATED MODULE: ./node_modules/tinyglobby/dist/index.mjs





//#region src/utils.ts
const isReadonlyArray = Array.isArray;
const BACKSLASHES = /\\/g;
const DRIVE_RELATIVE_PATH = /^[A-Za-z]:$/;
const isWin = process.platform === "win32";
const ONLY_PARENT_DIRECTORIES = /^(\/?\.\.)+$/;
function getPartialMatcher(patterns, options = {}) {
	const patternsCount = patterns.length;
	const patternsParts = Array(patternsCount);
	const matchers = Array(patternsCount);
	let i, j;
	for (i = 0; i < patternsCount; i++) {
		const parts = splitPattern(patterns[i]);
		patternsParts[i] = parts;
		const partsCount = parts.length;
		const partMatchers = Array(partsCount);
		for (j = 0; j < partsCount; j++) partMatchers[j] = picomatch(parts[j], options);
		matchers[i] = partMatchers;
	}
	return (input) => {
		const inputParts = input.split("/");
		if (inputParts[0] === ".." && ONLY_PARENT_DIRECTORIES.test(input)) return true;
		for (i = 0; i < patternsCount; i++) {
			const patternParts = patternsParts[i];
			const matcher = matchers[i];
			const inputPatternCount = inputParts.length;
			const minParts = Math.min(inputPatternCount, patternParts.length);
			j = 0;
			while (j < minParts) {
				const part = patternParts[j];
				if (part.includes("/")) return true;
				if (!matcher[j](inputParts[j])) break;
				if (!options.noglobstar && part === "**") return true;
				j++;
			}
			if (j === inputPatternCount) return true;
		}
		return false;
	};
}
/* node:coverage ignore next 2 */
const WIN32_ROOT_DIR = /^[A-Z]:\/$/i;
const isRoot = isWin ? (p) => WIN32_ROOT_DIR.test(p) : (p) => p === "/";
function buildFormat(cwd, root, absolute) {
	if (cwd === root || root.startsWith(`${cwd}/`)) {
		if (absolute) {
			const start = cwd.length + +!isRoot(cwd);
			return (p, isDir) => p.slice(start, isDir ? -1 : void 0) || ".";
		}
		const prefix = root.slice(cwd.length + 1);
		if (prefix) return (p, isDir) => {
			if (p === ".") return prefix;
			const result = `${prefix}/${p}`;
			return isDir ? result.slice(0, -1) : result;
		};
		return (p, isDir) => isDir && p !== "." ? p.slice(0, -1) : p;
	}
	if (absolute) return (p) => external_path_.posix.relative(cwd, p) || ".";
	return (p) => external_path_.posix.relative(cwd, `${root}/${p}`) || ".";
}
function buildRelative(cwd, root) {
	if (root.startsWith(`${cwd}/`)) {
		const prefix = root.slice(cwd.length + 1);
		return (p) => `${prefix}/${p}`;
	}
	return (p) => {
		const result = external_path_.posix.relative(cwd, `${root}/${p}`);
		return p[p.length - 1] === "/" && result !== "" ? `${result}/` : result || ".";
	};
}
function ensureNonDriveRelativePath(path) {
	return path.replace(DRIVE_RELATIVE_PATH, (match) => `${match}/`);
}
const splitPatternOptions = { parts: true };
function splitPattern(path) {
	var _result$parts;
	const result = picomatch.scan(path, splitPatternOptions);
	return ((_result$parts = result.parts) === null || _result$parts === void 0 ? void 0 : _result$parts.length) ? result.parts : [path];
}
const ESCAPED_WIN32_BACKSLASHES = /\\(?![()[\]{}!+@])/g;
function convertPosixPathToPattern(path) {
	return escapePosixPath(path);
}
function convertWin32PathToPattern(path) {
	return escapeWin32Path(path).replace(ESCAPED_WIN32_BACKSLASHES, "/");
}
/**
* Converts a path to a pattern depending on the platform.
* Identical to {@link escapePath} on POSIX systems.
* @see {@link https://superchupu.dev/tinyglobby/documentation#convertPathToPattern}
*/
/* node:coverage ignore next 3 */
const convertPathToPattern = (/* unused pure expression or super */ null && (isWin ? convertWin32PathToPattern : convertPosixPathToPattern));
const POSIX_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}*?|]|^!|[!+@](?=\()|\\(?![()[\]{}!*+?@|]))/g;
const WIN32_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}]|^!|[!+@](?=\())/g;
const escapePosixPath = (path) => path.replace(POSIX_UNESCAPED_GLOB_SYMBOLS, "\\$&");
const escapeWin32Path = (path) => path.replace(WIN32_UNESCAPED_GLOB_SYMBOLS, "\\$&");
/**
* Escapes a path's special characters depending on the platform.
* @see {@link https://superchupu.dev/tinyglobby/documentation#escapePath}
*/
/* node:coverage ignore next */
const escapePath = isWin ? escapeWin32Path : escapePosixPath;
/**
* Checks if a pattern has dynamic parts.
*
* Has a few minor differences with [`fast-glob`](https://github.com/mrmlnc/fast-glob) for better accuracy:
*
* - Doesn't necessarily return `false` on patterns that include `\`.
* - Returns `true` if the pattern includes parentheses, regardless of them representing one single pattern or not.
* - Returns `true` for unfinished glob extensions i.e. `(h`, `+(h`.
* - Returns `true` for unfinished brace expansions as long as they include `,` or `..`.
*
* @see {@link https://superchupu.dev/tinyglobby/documentation#isDynamicPattern}
*/
function isDynamicPattern(pattern, options) {
	if ((options === null || options === void 0 ? void 0 : options.caseSensitiveMatch) === false) return true;
	const scan = picomatch.scan(pattern);
	return scan.isGlob || scan.negated;
}
function dist_log(...tasks) {
	console.log(`[tinyglobby ${(/* @__PURE__ */ new Date()).toLocaleTimeString("es")}]`, ...tasks);
}
function ensureStringArray(value) {
	return typeof value === "string" ? [value] : value !== null && value !== void 0 ? value : [];
}
//#endregion
//#region src/patterns.ts
const PARENT_DIRECTORY = /^(\/?\.\.)+/;
const ESCAPING_BACKSLASHES = /\\(?=[()[\]{}!*+?@|])/g;
function normalizePattern(pattern, opts, props, isIgnore) {
	var _PARENT_DIRECTORY$exe;
	const cwd = opts.cwd;
	let result = pattern;
	if (pattern[pattern.length - 1] === "/") result = pattern.slice(0, -1);
	if (result[result.length - 1] !== "*" && opts.expandDirectories) result += "/**";
	const escapedCwd = escapePath(cwd);
	result = (0,external_path_.isAbsolute)(result.replace(ESCAPING_BACKSLASHES, "")) ? external_path_.posix.relative(escapedCwd, result) : external_path_.posix.normalize(result);
	const parentDir = (_PARENT_DIRECTORY$exe = PARENT_DIRECTORY.exec(result)) === null || _PARENT_DIRECTORY$exe === void 0 ? void 0 : _PARENT_DIRECTORY$exe[0];
	const parts = splitPattern(result);
	if (parentDir) {
		const n = (parentDir.length + 1) / 3;
		let i = 0;
		const cwdParts = escapedCwd.split("/");
		while (i < n && parts[i + n] === cwdParts[cwdParts.length + i - n]) {
			result = result.slice(0, (n - i - 1) * 3) + result.slice((n - i) * 3 + parts[i + n].length + 1) || ".";
			i++;
		}
		const potentialRoot = external_path_.posix.join(cwd, parentDir.slice(i * 3));
		if (potentialRoot[0] !== "." && props.root.length > potentialRoot.length) {
			props.root = ensureNonDriveRelativePath(potentialRoot);
			props.depthOffset = -n + i;
		}
	}
	if (!isIgnore && props.depthOffset >= 0) {
		var _props$commonPath;
		(_props$commonPath = props.commonPath) !== null && _props$commonPath !== void 0 || (props.commonPath = parts);
		const newCommonPath = [];
		const length = Math.min(props.commonPath.length, parts.length);
		for (let i = 0; i < length; i++) {
			const part = parts[i];
			if (part === "**" && !parts[i + 1]) {
				newCommonPath.pop();
				break;
			}
			if (i === parts.length - 1 || part !== props.commonPath[i] || isDynamicPattern(part)) break;
			newCommonPath.push(part);
		}
		props.depthOffset = newCommonPath.length;
		props.commonPath = newCommonPath;
		props.root = ensureNonDriveRelativePath(newCommonPath.length > 0 ? external_path_.posix.join(cwd, ...newCommonPath) : cwd);
	}
	return result;
}
function processPatterns(options, patterns, props) {
	const matchPatterns = [];
	const ignorePatterns = [];
	for (const pattern of options.ignore) {
		if (!pattern) continue;
		if (pattern[0] !== "!" || pattern[1] === "(") ignorePatterns.push(normalizePattern(pattern, options, props, true));
	}
	for (const pattern of patterns) {
		if (!pattern) continue;
		if (pattern[0] !== "!" || pattern[1] === "(") matchPatterns.push(normalizePattern(pattern, options, props, false));
		else if (pattern[1] !== "!" || pattern[2] === "(") ignorePatterns.push(normalizePattern(pattern.slice(1), options, props, true));
	}
	return {
		match: matchPatterns,
		ignore: ignorePatterns
	};
}
//#endregion
//#region src/crawler.ts
function buildCrawler(options, patterns) {
	const cwd = options.cwd;
	const props = {
		root: cwd,
		depthOffset: 0
	};
	const processed = processPatterns(options, patterns, props);
	if (options.debug) dist_log("internal processing patterns:", processed);
	const { absolute, caseSensitiveMatch, debug, dot, followSymbolicLinks, onlyDirectories } = options;
	const root = props.root.replace(BACKSLASHES, "");
	const matchOptions = {
		dot,
		nobrace: options.braceExpansion === false,
		nocase: !caseSensitiveMatch,
		noextglob: options.extglob === false,
		noglobstar: options.globstar === false,
		posix: true
	};
	const matcher = picomatch(processed.match, matchOptions);
	const ignore = picomatch(processed.ignore, matchOptions);
	const partialMatcher = getPartialMatcher(processed.match, matchOptions);
	const format = buildFormat(cwd, root, absolute);
	const excludeFormatter = absolute ? format : buildFormat(cwd, root, true);
	const excludePredicate = (_, p) => {
		const relativePath = excludeFormatter(p, true);
		return relativePath !== "." && !partialMatcher(relativePath) || ignore(relativePath);
	};
	let maxDepth;
	if (options.deep !== void 0) maxDepth = Math.round(options.deep - props.depthOffset);
	const crawler = new Builder({
		filters: [debug ? (p, isDirectory) => {
			const path = format(p, isDirectory);
			const matches = matcher(path) && !ignore(path);
			if (matches) dist_log(`matched ${path}`);
			return matches;
		} : (p, isDirectory) => {
			const path = format(p, isDirectory);
			return matcher(path) && !ignore(path);
		}],
		exclude: debug ? (_, p) => {
			const skipped = excludePredicate(_, p);
			dist_log(`${skipped ? "skipped" : "crawling"} ${p}`);
			return skipped;
		} : excludePredicate,
		fs: options.fs,
		pathSeparator: "/",
		relativePaths: !absolute,
		resolvePaths: absolute,
		includeBasePath: absolute,
		resolveSymlinks: followSymbolicLinks,
		excludeSymlinks: !followSymbolicLinks,
		excludeFiles: onlyDirectories,
		includeDirs: onlyDirectories || !options.onlyFiles,
		maxDepth,
		signal: options.signal
	}).crawl(root);
	if (options.debug) dist_log("internal properties:", {
		...props,
		root
	});
	return [crawler, cwd !== root && !absolute && buildRelative(cwd, root)];
}
//#endregion
//#region src/index.ts
function formatPaths(paths, mapper) {
	if (mapper) for (let i = paths.length - 1; i >= 0; i--) paths[i] = mapper(paths[i]);
	return paths;
}
const defaultOptions = {
	caseSensitiveMatch: true,
	debug: !!process.env.TINYGLOBBY_DEBUG,
	expandDirectories: true,
	followSymbolicLinks: true,
	onlyFiles: true
};
function getOptions(options) {
	const opts = Object.assign({}, options);
	for (const key in defaultOptions) if (opts[key] === void 0) Object.assign(opts, { [key]: defaultOptions[key] });
	opts.cwd = (opts.cwd instanceof URL ? (0,external_url_.fileURLToPath)(opts.cwd) : (0,external_path_.resolve)(opts.cwd || process.cwd())).replace(BACKSLASHES, "/");
	opts.ignore = ensureStringArray(opts.ignore);
	opts.fs && (opts.fs = {
		readdir: opts.fs.readdir || external_fs_.readdir,
		readdirSync: opts.fs.readdirSync || external_fs_.readdirSync,
		realpath: opts.fs.realpath || external_fs_.realpath,
		realpathSync: opts.fs.realpathSync || external_fs_.realpathSync,
		stat: opts.fs.stat || external_fs_.stat,
		statSync: opts.fs.statSync || external_fs_.statSync
	});
	if (opts.debug) dist_log("globbing with options:", opts);
	return opts;
}
function getCrawler(globInput, inputOptions = {}) {
	var _ref;
	if (globInput && (inputOptions === null || inputOptions === void 0 ? void 0 : inputOptions.patterns)) throw new Error("Cannot pass patterns as both an argument and an option");
	const isModern = isReadonlyArray(globInput) || typeof globInput === "string";
	const patterns = ensureStringArray((_ref = isModern ? globInput : globInput.patterns) !== null && _ref !== void 0 ? _ref : "**/*");
	const options = getOptions(isModern ? inputOptions : globInput);
	return patterns.length > 0 ? buildCrawler(options, patterns) : [];
}
async function glob(globInput, options) {
	const [crawler, relative] = getCrawler(globInput, options);
	return crawler ? formatPaths(await crawler.withPromise(), relative) : [];
}
function globSync(globInput, options) {
	const [crawler, relative] = getCrawler(globInput, options);
	return crawler ? formatPaths(crawler.sync(), relative) : [];
}
//#endregion


;// CONCATENATED MODULE: ./packages/core/src/data/csv-fast-path.ts


/** Field kinds, as CsvPlan's `kinds` holds them. */
const csv_fast_path_SKIP = 0;
const NUMBER = 1;
const INTEGER = 2;
const BOOLEAN = 3;
const DATETIME = 4;
const CATEGORY = 5;
/** A computed mantissa below 2^53 is exact: rounding is monotone, so a true value >= 2^53 never computes below. */
const MAX_EXACT_MANTISSA = (/* unused pure expression or super */ null && (2 ** 53));
const LF = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;
const PLUS = 0x2b;
const MINUS = 0x2d;
const DOT = 0x2e;
const ZERO = 0x30;
/**
 * How layouts are compiled. `unrolledFields`: the widest layout whose fields are written out one by one; a
 * wider one runs its fields in a loop. Written out, a function takes longer for V8 to compile, and while it
 * compiles the parser runs slowly. Measured on 10 MB files (first reading, then a second one): at 12
 * fields 126 then 65 ms against the loop's 131 then 81; at 16 fields 168 then 63 against 105 then 67; at 48,
 * written out was slower in both. Tests change these to compare the three ways of reading (written out,
 * looped, and the general path alone: `enabled` false).
 */
const fastPath = { enabled: true, unrolledFields: 12 };
const compiled = new Map();
/**
 * The fast path for `layout`, compiled on first use; undefined when this process forbids compiling code
 * (node --disallow-code-generation-from-strings): the general path then reads every field.
 */
function fastRowsFor(layout) {
    if (!fastPath.enabled)
        return undefined;
    const unrolled = layout.kinds.length <= fastPath.unrolledFields;
    const key = `${unrolled},${layout.sep},${layout.fastNumbers},${layout.emptyIsMissing},${layout.kinds.join(',')}`;
    if (!compiled.has(key))
        compiled.set(key, compile(layout, unrolled));
    return compiled.get(key);
}
function compile(layout, unrolled) {
    try {
        const make = new Function('hashBytes', 'POWERS_OF_TEN', source(layout, unrolled));
        return make(hashBytes, EXACT_POWERS_OF_TEN);
    }
    catch (error) {
        if (error instanceof EvalError)
            return undefined;
        throw error;
    }
}
/**
 * The body of a function `(hashBytes, POWERS_OF_TEN) => FastRows`. An integer mantissa below 2^53 divided
 * by an exact power of ten (10^0 .. 10^22) is a single correctly rounded operation on exact operands: the
 * double Number(text) gives (Clinger's fast path).
 */
function source({ kinds, sep, fastNumbers, emptyIsMissing }, unrolled) {
    const count = kinds.length;
    let constants = `const SEP = ${sep | 0}, LAST = ${count - 1};`;
    let fields;
    let hoisted = '';
    if (unrolled) {
        const parts = [];
        for (let j = 0; j < count; j++) {
            const kind = kinds[j];
            const field = { j: String(j), last: String(j === count - 1), integer: String(kind === INTEGER) };
            if ((kind === NUMBER || kind === INTEGER) && fastNumbers) {
                hoisted += `const numbers${j} = state.numbersOut[${j}];\n`;
                parts.push(numberField(field, `numbers${j}`, emptyIsMissing));
            }
            else if (kind === CATEGORY) {
                hoisted += `const codes${j} = state.codesOut[${j}];\n`;
                parts.push(categoryField(field, `codes${j}`));
            }
            else if (j < count - 1) {
                parts.push(generalField(String(j)));
            }
            else {
                parts.push('break fields;');
                break;
            }
            parts.push(`fieldsDone = ${j + 1};`);
        }
        fields = parts.join('\n');
    }
    else {
        // One field per turn; `kinds` and the column arrays are read as the turn needs them.
        constants += `\nconst kinds = Uint8Array.from([${Array.from(kinds).join(',')}]);`;
        hoisted = 'const numbersOut = state.numbersOut, codesOut = state.codesOut;';
        const field = { j: 'fieldsDone', last: 'fieldsDone === LAST', integer: `kind === ${INTEGER}` };
        fields = `for (; fieldsDone <= LAST; fieldsDone++) {
      const kind = kinds[fieldsDone];
      if (${fastNumbers === true} && (kind === ${NUMBER} || kind === ${INTEGER})) {
        ${numberField(field, 'numbersOut[fieldsDone]', emptyIsMissing)}
      } else if (kind === ${CATEGORY}) {
        ${categoryField(field, 'codesOut[fieldsDone]')}
      } else if (fieldsDone < LAST) {
        ${generalField('fieldsDone')}
      } else break fields;
    }`;
    }
    return `${constants}
  return function fastRows(state, bytes, pos, end, atEnd, line) {
    const table = state.table, lines = table.lines, capacity = table.capacity;
    const undoInvalid = state.undoInvalid, undoValue = state.undoValue;
    ${hoisted}
    let row = table.rowCount;
    let fieldsDone = 0;
    let recordStart = pos, recordLine = line;
    while (pos < end && row < capacity && bytes[pos] !== ${LF} && bytes[pos] !== ${CR}) {
      recordStart = pos;
      recordLine = line;
      fieldsDone = 0;
      fields: {
        ${fields}
      }
      if (fieldsDone <= LAST) break;
      if (undoInvalid.length > 0) undoInvalid.length = 0;
      if (undoValue.length > 0) undoValue.length = 0;
      lines[row] = recordLine;
      row++;
      fieldsDone = 0;
      recordStart = pos;
      recordLine = line;
    }
    table.rowCount = row;
    state.next = pos;
    state.nextLine = line;
    state.recordStart = recordStart;
    state.recordLine = recordLine;
    return fieldsDone;
  };`;
}
/**
 * A plain decimal or an empty cell. The mantissa is exact while the digits form an integer below 2^53
 * (checked after the loop); fractionDigits is counted up, never negated, since -0 would knock V8 off its
 * int32 path. Every comparison runs on every cell, and rare cases only branch on their results: V8 throws
 * compiled code away when it reaches an operation that never ran before it compiled, so an operation only
 * a rare cell runs (the first empty cell, the first negative number) would cost a recompile of the whole
 * function for each field.
 */
function numberField({ last, integer }, values, emptyIsMissing) {
    const terminator = last === 'true'
        ? `const lineFeed = i < end && bytes[i] === ${LF};
    const crLf = i + 1 < end && bytes[i] === ${CR} && bytes[i + 1] === ${LF};
    const endOfData = i === end && atEnd;
    if (!(lineFeed || crLf || endOfData)) break fields;
    pos = endOfData ? end : crLf ? i + 2 : i + 1;
    line += endOfData ? 0 : 1;`
        : last === 'false'
            ? `if (i >= end || bytes[i] !== SEP) break fields;
    pos = i + 1;`
            : `if (${last}) {
      const lineFeed = i < end && bytes[i] === ${LF};
      const crLf = i + 1 < end && bytes[i] === ${CR} && bytes[i + 1] === ${LF};
      const endOfData = i === end && atEnd;
      if (!(lineFeed || crLf || endOfData)) break fields;
      pos = endOfData ? end : crLf ? i + 2 : i + 1;
      line += endOfData ? 0 : 1;
    } else {
      if (i >= end || bytes[i] !== SEP) break fields;
      pos = i + 1;
    }`;
    return `{
    let i = pos;
    const first = i < end ? bytes[i] : 0;
    const negative = first === ${MINUS};
    i += negative || first === ${PLUS} ? 1 : 0;
    const digitsStart = i;
    let mantissa = 0;
    while (i < end) {
      const d = bytes[i] - ${ZERO};
      if (d < 0 || d > 9) break;
      mantissa = mantissa * 10 + d;
      i++;
    }
    const integerDigits = i - digitsStart;
    // Without a dot the next byte is no digit, and this loop reads none.
    i += i < end && bytes[i] === ${DOT} ? 1 : 0;
    const fractionStart = i;
    while (i < end) {
      const d = bytes[i] - ${ZERO};
      if (d < 0 || d > 9) break;
      mantissa = mantissa * 10 + d;
      i++;
    }
    const fractionDigits = i - fractionStart;
    const empty = i === pos;
    const noDigits = integerDigits + fractionDigits === 0;
    const inexact = mantissa >= ${MAX_EXACT_MANTISSA} || fractionDigits > 22;
    const fraction = fractionDigits > 0;
    if (noDigits ? !(empty && ${emptyIsMissing === true}) : inexact || (${integer} && fraction)) break fields;
    const magnitude = mantissa === 0 ? 0 : mantissa / POWERS_OF_TEN[fractionDigits];
    const value = noDigits ? NaN : magnitude * (negative ? -1 : 1);
    ${terminator}
    ${values}[row] = value;
  }`;
}
/**
 * An unquoted cell of a categorical column: its bytes are hashed as they are scanned, and
 * state.categoryCode finds (or adds) its code.
 */
function categoryField({ j, last }, codes) {
    const terminator = last === 'true'
        ? lastCategoryTerminator
        : last === 'false'
            ? `if (i === end || byte !== SEP) break fields;
    next = i + 1;`
            : `if (${last}) {
      ${lastCategoryTerminator}
    } else {
      if (i === end || byte !== SEP) break fields;
      next = i + 1;
    }`;
    const quoted = last === 'true'
        ? 'break fields;'
        : last === 'false'
            ? generalField(j)
            : `if (${last}) break fields;
      ${generalField(j)}`;
    return `if (pos < end && bytes[pos] === ${QUOTE}) {
    ${quoted}
  } else {
    let i = pos;
    let hash = ${FNV_OFFSET};
    let byte = 0;
    while (i < end) {
      byte = bytes[i];
      if (byte === SEP || byte === ${LF}) break;
      hash = Math.imul(hash ^ byte, ${FNV_PRIME});
      i++;
    }
    let valueEnd = i;
    let next = 0;
    let lineEnds = 0;
    ${terminator}
    ${codes}[row] = state.categoryCode(${j}, bytes, pos, valueEnd, end, hash, line);
    line += lineEnds;
    pos = next;
  }`;
}
/** A field, not the record's last, read on the general path (state.generalField). */
function generalField(j) {
    return `{
    const next = state.generalField(${j}, bytes, pos, end, atEnd, row, line);
    if (next < 0) break fields;
    line = state.nextLine;
    pos = next;
  }`;
}
/** The last field's end: a line feed (the value loses a CR before it), or the end of the data. */
const lastCategoryTerminator = (/* unused pure expression or super */ null && (`const lineFeed = i < end && byte === ${LF};
    const endOfData = i === end && atEnd;
    if (!(lineFeed || endOfData)) break fields;
    next = endOfData ? end : i + 1;
    lineEnds = endOfData ? 0 : 1;
    if (valueEnd > pos && bytes[valueEnd - 1] === ${CR}) {
      valueEnd = valueEnd - 1;
      hash = hashBytes(bytes, pos, valueEnd);
    }`));

// EXTERNAL MODULE: ./packages/core/src/data/errors.ts
var data_errors = __nccwpck_require__(76719);
;// CONCATENATED MODULE: ./packages/core/src/data/read-table.ts
/**
 * readTable: one dataset — one file or several (paths and globs) — into one Table.
 *
 * Reading happens in two passes over the files. The first reads each file's header (Parquet: schema)
 * and checks that all files have the same columns, then samples the first `inferRows` rows of the
 * dataset to decide the column types. The second streams every file into the column builders. The first
 * pass re-reads only the start of the data, so nothing needs to be held between the passes.
 *
 * All files of a dataset must have one format (CSV, TSV, JSON Lines or Parquet; text formats may be
 * gzipped). Column order follows the first file; later files may order their columns differently.
 */











const FORMATS = (/* unused pure expression or super */ null && ([
    ['.csv', 'csv', false],
    ['.csv.gz', 'csv', true],
    ['.tsv', 'tsv', false],
    ['.tsv.gz', 'tsv', true],
    ['.jsonl', 'jsonl', false],
    ['.jsonl.gz', 'jsonl', true],
    ['.ndjson', 'jsonl', false],
    ['.ndjson.gz', 'jsonl', true],
    ['.parquet', 'parquet', false],
]));
/** Whether the readers know `path`'s format from its name (.csv, .tsv, .jsonl, .ndjson, .parquet, gzipped). */
function isTableFileName(path) {
    const lower = path.toLowerCase();
    return FORMATS.some(([suffix]) => lower.endsWith(suffix));
}
function dataFile(path) {
    if (path === STDIN)
        return { path, format: 'csv', gzip: false };
    const lower = path.toLowerCase();
    if (isStdin(path) && lower.endsWith('.parquet'))
        throw new DataError(path, 'Parquet cannot be read from standard input (its index is at the end): give a file');
    for (const [suffix, format, gzip] of FORMATS) {
        if (lower.endsWith(suffix))
            return { path, format, gzip };
    }
    throw new DataError(path, 'unknown data format: the name must end in .csv, .tsv, .jsonl, .ndjson or .parquet (or .csv.gz, .tsv.gz, .jsonl.gz, .ndjson.gz)');
}
/** Expands paths and globs, in the order given; a glob's matches are sorted. */
async function read_table_resolveInputs(inputs) {
    const list = typeof inputs === 'string' ? [inputs] : inputs;
    if (list.length === 0)
        throw new TypeError('no data files given');
    const files = [];
    for (const input of list) {
        if (!isDynamicPattern(input)) {
            files.push(input);
            continue;
        }
        const matches = await glob(input, {
            expandDirectories: false,
            absolute: (0,external_node_path_.isAbsolute)(input),
            onlyFiles: true,
        });
        if (matches.length === 0)
            throw new data_errors/* DataError */.f(input, 'the pattern matches no file');
        files.push(...matches.sort());
    }
    return [...new Set(files)];
}
/** Names for a message, shortened when there are many (a file may have 10,000 columns). */
function listNames(names, max = 30) {
    const shown = names.slice(0, max).map((n) => JSON.stringify(n));
    return names.length > max ? `${shown.join(', ')}, ... (${names.length - max} more)` : shown.join(', ');
}
/** Checks that the names in ReadOptions exist, and returns the columns to load, in file order. */
function selectColumns(names, options, file) {
    const known = new Set(names);
    const check = (list, what) => {
        for (const name of list ?? []) {
            if (!known.has(name)) {
                throw new DataError(file, `${what} names a column "${name}" that does not exist; the columns are: ${listNames(names)}` +
                    (hint ? `.${hint}` : ''));
            }
        }
    };
    const hint = headerRowHint(file, names);
    // Named as the actions' inputs that set them, which is what a user wrote.
    check(options.columns, 'columns');
    check(options.excludeColumns, 'exclude-columns');
    check(Object.keys(options.columnTypes), 'column-types');
    const wanted = options.columns ? new Set(options.columns) : known;
    const excluded = new Set(options.excludeColumns ?? []);
    return names.filter((name) => wanted.has(name) && !excluded.has(name));
}
function sameColumns(first, firstNames, other, names) {
    const expected = new Set(firstNames);
    const found = new Set(names);
    const missing = firstNames.filter((n) => !found.has(n));
    const extra = names.filter((n) => !expected.has(n));
    if (missing.length === 0 && extra.length === 0)
        return;
    const parts = [];
    if (missing.length > 0)
        parts.push(`missing ${listNames(missing)}`);
    if (extra.length > 0)
        parts.push(`has extra ${listNames(extra)}`);
    throw new DataError(other.path, `its columns differ from ${first.path}: ${parts.join('; ')}`);
}
function makeBuilders(names, types, missing, options) {
    return names.map((name, c) => {
        const type = types[c];
        return type === 'string' || type === 'category'
            ? new CategoricalBuilder(name, type, missing)
            : new NumericBuilder(name, type, missing, options.maxInvalidExamples);
    });
}
const read_table_KIND_OF = {
    number: NUMBER,
    integer: INTEGER,
    boolean: BOOLEAN,
    datetime: DATETIME,
    string: CATEGORY,
    category: CATEGORY,
};
/**
 * Rows a text dataset is likely to have: exact when the sample read every row, else the bytes to read
 * divided by the sampled bytes per row, with 2% to spare. The table grows if this falls short.
 */
async function estimateRows(files, stats, sampledAll) {
    if (sampledAll || stats.rows === 0)
        return stats.rows;
    let bytes = 0;
    for (const file of files)
        bytes += await dataSize(file.path, file.gzip);
    return Math.ceil((bytes / (stats.bytes / stats.rows)) * 1.02) + 64;
}
/** A column's type as the options give it (columnTypes, then typeHints), if they do. */
function givenType(name, options) {
    return options.columnTypes[name] ?? options.typeHints[name];
}
/**
 * The first pass over a CSV/TSV dataset: headers (the same columns in every file), the columns to load and
 * their types, inferred from a sample of the first rows that also measures bytes per row. Shared by
 * readTable and readTableChunks so both decide columns and types alike. Without `measure` (chunks are not
 * sized by it), a dataset whose every type is given is not sampled at all.
 */
async function read_table_planDelimited(files, options, measure = true) {
    const sep = files[0].format === 'tsv' ? TAB : COMMA;
    const headers = [];
    for (const file of files)
        headers.push((await readCsvHeader(file.path, file.gzip, sep)).names);
    for (let f = 1; f < files.length; f++)
        sameColumns(files[0], headers[0], files[f], headers[f]);
    const names = selectColumns(headers[0], options, files[0].path);
    // The sample also measures bytes per row, to size the table before the rows arrive.
    const toInfer = new Set(names.filter((name) => givenType(name, options) === undefined));
    const stats = new SampleStats(options.missingValues);
    for (const name of toInfer)
        stats.column(name);
    let sampledFiles = 0;
    const sampling = measure || toInfer.size > 0;
    for (; sampling && sampledFiles < files.length && stats.rows < options.inferRows; sampledFiles++) {
        const file = files[sampledFiles];
        const samples = headers[sampledFiles].map((name) => toInfer.has(name) ? stats.columns.get(name) : undefined);
        await sampleCsv(file.path, file.gzip, sep, samples, stats, options.inferRows);
    }
    const types = names.map((name) => givenType(name, options) ?? inferType(stats.columns.get(name)));
    return { sep, headers, names, types, stats, sampledFiles };
}
async function readDelimited(files, options) {
    const { sep, headers, names, types, stats, sampledFiles } = await read_table_planDelimited(files, options);
    const missing = new MissingValues(options.missingValues);
    const table = new TableBuilder(makeBuilders(names, types, missing, options), options.maxProblems);
    const sampledAll = sampledFiles === files.length && stats.rows < options.inferRows;
    table.reserve(await estimateRows(files, stats, sampledAll), true);
    const index = new Map(names.map((name, c) => [name, c]));
    for (let f = 0; f < files.length; f++) {
        const header = headers[f];
        const targets = Int32Array.from(header, (name) => index.get(name) ?? -1);
        const kinds = Uint8Array.from(header, (_, k) => (targets[k] < 0 ? SKIP : read_table_KIND_OF[types[targets[k]]]));
        const firstRow = table.rowCount;
        await loadCsv(files[f].path, files[f].gzip, sep, { kinds, targets, missing }, table);
        table.addSource(files[f].path, files[f].format, firstRow);
    }
    return table.finish();
}
/** The first pass over a JSON Lines dataset: its columns (the keys of the first rows) and their types. */
async function read_table_planJsonLines(files, options) {
    const stats = new SampleStats(options.missingValues);
    const keys = [];
    let sampledFiles = 0;
    for (; sampledFiles < files.length && stats.rows < options.inferRows; sampledFiles++) {
        await sampleJsonl(files[sampledFiles].path, files[sampledFiles].gzip, stats, options.inferRows, keys);
    }
    if (keys.length === 0) {
        throw new DataError(files[0].path, `no columns: the first ${options.inferRows} rows hold no JSON object with a key (the columns of JSON Lines are the keys of its first rows)`);
    }
    const names = selectColumns(keys, options, files[0].path);
    const types = names.map((name) => givenType(name, options) ?? inferType(stats.columns.get(name)));
    return { keys, names, types, stats, sampledFiles };
}
async function readJsonLines(files, options) {
    const { keys, names, types, stats, sampledFiles } = await read_table_planJsonLines(files, options);
    const table = new TableBuilder(makeBuilders(names, types, new MissingValues(options.missingValues), options), options.maxProblems);
    const sampledAll = sampledFiles === files.length && stats.rows < options.inferRows;
    table.reserve(await estimateRows(files, stats, sampledAll), true);
    const plan = { names, known: new Set(keys), reported: new Set(), inferRows: options.inferRows };
    for (const file of files) {
        const firstRow = table.rowCount;
        await loadJsonl(file.path, file.gzip, plan, table);
        table.addSource(file.path, file.format, firstRow);
    }
    return table.finish();
}
async function readParquetFiles(files, options) {
    // Imported here, not at the top: the Parquet reader and its decompressors are a seventh of an action's
    // bundle, and a bundler leaves a dynamic import in a chunk of its own that only a Parquet read loads.
    // Every action starts faster and in less memory when its data is CSV or JSON Lines.
    const { loadParquet, openParquet, sampleParquet } = await Promise.all(/* import() */[__nccwpck_require__.e(74), __nccwpck_require__.e(537)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4537));
    const parquets = [];
    for (const file of files)
        parquets.push(await openParquet(file.path));
    for (let f = 1; f < files.length; f++)
        sameColumns(files[0], parquets[0].names, files[f], parquets[f].names);
    const names = selectColumns(parquets[0].names, options, files[0].path);
    const schemaTypes = names.map((name) => parquets[0].types.get(name));
    const toSample = names.filter((name, c) => schemaTypes[c] === 'text' && !(name in options.columnTypes));
    const stats = new SampleStats(options.missingValues);
    for (const name of toSample)
        stats.column(name);
    for (let f = 0; f < parquets.length && stats.rows < options.inferRows && toSample.length > 0; f++) {
        await sampleParquet(parquets[f], toSample, stats, options.inferRows);
    }
    const types = names.map((name, c) => {
        const override = options.columnTypes[name];
        if (override)
            return override;
        const type = schemaTypes[c];
        if (type !== 'text')
            return type;
        const sample = stats.columns.get(name);
        return sample && sample.values > 0 ? textType(sample) : 'string';
    });
    const table = new TableBuilder(makeBuilders(names, types, new MissingValues(options.missingValues), options), options.maxProblems);
    table.reserve(parquets.reduce((rows, parquet) => rows + parquet.rowCount, 0), true);
    const targets = new Map(names.map((name, c) => [name, c]));
    for (let f = 0; f < parquets.length; f++) {
        const firstRow = table.rowCount;
        await loadParquet(parquets[f], targets, table);
        table.addSource(files[f].path, 'parquet', firstRow);
    }
    return table.finish();
}
/** The files of one dataset, in order; they must share a format. */
async function read_table_datasetFiles(inputs) {
    const files = (await read_table_resolveInputs(inputs)).map(dataFile);
    for (const file of files.slice(1)) {
        if (file.format !== files[0].format) {
            throw new DataError(file.path, `is ${file.format} but ${files[0].path} is ${files[0].format}: the files of one dataset must share a format`);
        }
    }
    return files;
}
/**
 * Reads one dataset — the files named by `inputs` (paths or globs), in order — into one Table.
 * Throws DataError for unusable data (with file and line), TypeError for bad options.
 */
async function read_table_readTable(inputs, options) {
    const resolved = resolveOptions(options);
    const files = await read_table_datasetFiles(inputs);
    switch (files[0].format) {
        case 'csv':
        case 'tsv':
            return readDelimited(files, resolved);
        case 'jsonl':
            return readJsonLines(files, resolved);
        case 'parquet':
            return readParquetFiles(files, resolved);
    }
}

;// CONCATENATED MODULE: ./packages/core/src/data/free-memory.ts
/**
 * Frees a typed array's memory now, by detaching its buffer (transferring its contents to a zero-length
 * one). Garbage collection would free it only at its next full collection, which small allocations
 * seldom trigger: column-sized arrays dropped one after another would pile up until then. The array (and
 * every view of its buffer) reads as empty afterwards; an already detached buffer is left as it is.
 */
function freeMemory(array) {
    const buffer = array.buffer;
    if (!buffer.detached)
        buffer.transfer(0);
}

;// CONCATENATED MODULE: ./packages/core/src/data/builders.ts




/** Growth factor when the row estimate falls short, and the smallest capacity. */
const GROWTH = 1.5;
const MIN_CAPACITY = 1024;
/** A column is cut by copying only when more than this share of its array would go unused. */
const MAX_UNUSED_SHARE = 1 / 16;
/** The first `rows` rows of `values` copied into `grown`, which it returns; the old memory is freed now. */
function copyInto(grown, values, rows) {
    grown.set(values.subarray(0, Math.min(rows, grown.length)));
    freeMemory(values);
    return grown;
}
/** A copy of the first `rows` rows of `values` in an array of `capacity`; the old memory is freed now. */
function regrow(type, values, capacity, rows) {
    return copyInto(new type(capacity), values, rows);
}
/** The first `rows` rows of `values` as the final column (see the module comment). */
function cut(type, values, rows) {
    if (rows === values.length)
        return values;
    if (values.length - rows <= values.length * MAX_UNUSED_SHARE)
        return values.subarray(0, rows);
    return regrow(type, values, rows, rows);
}
const utf8 = new TextDecoder('utf-8', { fatal: true });
const encoder = new TextEncoder();
/** Decodes UTF-8 bytes, or throws DataError naming the file and line when they are not valid UTF-8. */
function decodeText(bytes, start, end, file, line) {
    let ascii = true;
    for (let i = start; i < end; i++) {
        if (bytes[i] >= 0x80) {
            ascii = false;
            break;
        }
    }
    // Short ASCII text (most categories) is cheaper to build directly than through the decoder.
    if (ascii && end - start <= 64) {
        let text = '';
        for (let i = start; i < end; i++)
            text += String.fromCharCode(bytes[i]);
        return text;
    }
    try {
        return utf8.decode(bytes.subarray(start, end));
    }
    catch {
        throw new DataError(file, 'bytes that are not valid UTF-8', line);
    }
}
/** The missing-value texts of a dataset, matched against cell bytes. */
class builders_MissingValues {
    texts = new ByteDictionary();
    /** Whether one of the texts reads as a number (then a numeric cell must be checked before it is parsed). */
    looksNumeric;
    list;
    constructor(list) {
        this.list = list;
        let looksNumeric = false;
        for (const text of list) {
            const bytes = encoder.encode(text);
            const hash = hashBytes(bytes, 0, bytes.length);
            if (this.texts.get(bytes, 0, bytes.length, hash) === NOT_FOUND)
                this.texts.add(bytes, 0, bytes.length, hash, 0);
            if (!Number.isNaN(parseNumber(bytes, 0, bytes.length)) || parseBoolean(bytes, 0, bytes.length) >= 0) {
                looksNumeric = true;
            }
        }
        this.looksNumeric = looksNumeric;
    }
    has(bytes, start, end) {
        return this.texts.get(bytes, start, end, hashBytes(bytes, start, end)) !== NOT_FOUND;
    }
}
class builders_NumericBuilder {
    kind = 'numeric';
    /** Rows [0, rowCount) of the table so far, and room for more (TableBuilder sizes it). */
    values = new Float64Array(0);
    invalidCount = 0;
    invalidExamples = [];
    invalidRows = [];
    name;
    type;
    missing;
    maxExamples;
    constructor(name, type, missing, maxExamples) {
        this.name = name;
        this.type = type;
        this.missing = missing;
        this.maxExamples = maxExamples;
    }
    /** Counts a cell that did not parse as this column's type; the first few are kept with their text. */
    markInvalid(row, text) {
        this.invalidCount++;
        this.invalidRows.push(row);
        if (this.invalidExamples.length < this.maxExamples)
            this.invalidExamples.push({ row, value: text });
    }
    /** Takes back `markInvalid(row, ...)` when the row is dropped. */
    unmarkInvalid(row) {
        this.invalidCount--;
        if (this.invalidRows.at(-1) === row)
            this.invalidRows.pop();
        if (this.invalidExamples.at(-1)?.row === row)
            this.invalidExamples.pop();
    }
    finish(rowCount) {
        return {
            kind: 'numeric',
            name: this.name,
            type: this.type,
            values: cut(Float64Array, this.values, rowCount),
            invalidCount: this.invalidCount,
            invalidExamples: this.invalidExamples,
            invalidRows: this.invalidRows,
        };
    }
}
class builders_CategoricalBuilder {
    kind = 'categorical';
    /** Codes of rows [0, rowCount) of the table so far, and room for more (TableBuilder sizes it). */
    values = new Int32Array(0);
    /** Byte string -> code; the missing-value texts are keys with code -1. */
    codes = new ByteDictionary();
    dictionary = [];
    name;
    type;
    scratch = new Uint8Array(256);
    constructor(name, type, missing) {
        this.name = name;
        this.type = type;
        for (const text of missing.list) {
            const bytes = encoder.encode(text);
            const hash = hashBytes(bytes, 0, bytes.length);
            if (this.codes.get(bytes, 0, bytes.length, hash) === NOT_FOUND)
                this.codes.add(bytes, 0, bytes.length, hash, -1);
        }
    }
    /** The code of a value not yet in the dictionary (`codes.get` returned NOT_FOUND): decodes and adds it. */
    addValue(bytes, start, end, hash, file, line) {
        return this.addDecoded(bytes, start, end, hash, decodeText(bytes, start, end, file, line));
    }
    /** The code of a cell given as a JS string (JSON Lines, Parquet); -1 when it is a missing-value text. */
    codeOfString(text) {
        if (this.scratch.length < text.length * 3)
            this.scratch = new Uint8Array(text.length * 3);
        const length = encoder.encodeInto(text, this.scratch).written;
        const hash = hashBytes(this.scratch, 0, length);
        const code = this.codes.get(this.scratch, 0, length, hash);
        return code !== NOT_FOUND ? code : this.addDecoded(this.scratch, 0, length, hash, text);
    }
    addDecoded(bytes, start, end, hash, text) {
        const code = this.dictionary.length;
        this.dictionary.push(text);
        this.codes.add(bytes, start, end, hash, code);
        return code;
    }
    /** Takes back the value added last, when the row that brought it is dropped. */
    removeLastValue() {
        this.dictionary.pop();
        this.codes.removeLast();
    }
    finish(rowCount) {
        return {
            kind: 'categorical',
            name: this.name,
            type: this.type,
            codes: cut(Int32Array, this.values, rowCount),
            dictionary: this.dictionary,
        };
    }
}
/** The rows of one table under construction, shared by every file of the dataset. */
class builders_TableBuilder {
    /** Rows committed so far. */
    rowCount = 0;
    /** Rows every column array has room for. */
    capacity = 0;
    columns;
    /** Each row's line (text formats) or row number (Parquet) in its file. */
    lines = new Uint32Array(0);
    sources = [];
    problems = [];
    problemCount = 0;
    maxProblems;
    constructor(columns, maxProblems) {
        this.columns = columns;
        this.maxProblems = maxProblems;
    }
    /**
     * Makes room for `rows` rows in every column. With `exact`, the room is `rows` (an estimate or a stated
     * row count); otherwise it grows by at least half, so rows arriving one by one cost amortised O(1).
     */
    reserve(rows, exact = false) {
        if (rows <= this.capacity)
            return;
        const capacity = exact ? rows : Math.max(rows, Math.ceil(this.capacity * GROWTH), MIN_CAPACITY);
        for (const column of this.columns) {
            if (column.kind === 'numeric')
                column.values = copyInto(this.allocate(Float64Array, capacity), column.values, this.rowCount);
            else
                column.values = copyInto(this.allocate(Int32Array, capacity), column.values, this.rowCount);
        }
        this.lines = copyInto(this.allocate(Uint32Array, capacity), this.lines, this.rowCount);
        this.capacity = capacity;
    }
    /** A column array of `length` rows. Readers write each row before it is read, so it need not be zeroed. */
    allocate(type, length) {
        return new type(length);
    }
    addProblem(problem) {
        this.problemCount++;
        if (this.problems.length < this.maxProblems)
            this.problems.push(problem);
    }
    addSource(file, format, firstRow) {
        this.sources.push({ file, format, firstRow, rowCount: this.rowCount - firstRow });
    }
    finish() {
        const columns = this.columns.map((column) => column.finish(this.rowCount));
        return {
            rowCount: this.rowCount,
            columns,
            sources: this.sources,
            lines: cut(Uint32Array, this.lines, this.rowCount),
            problems: this.problems,
            problemCount: this.problemCount,
        };
    }
}

;// CONCATENATED MODULE: ./packages/core/src/data/recycling.ts
const recyclers = new WeakMap();
/** Has releasingChunks hand `chunk`'s buffers to `recycle` (which then owns them) instead of freeing them. */
function recycleWith(chunk, recycle) {
    recyclers.set(chunk, recycle);
}
/** What recycles `chunk`'s buffers, if anything does. */
function recyclerOf(chunk) {
    return recyclers.get(chunk);
}

;// CONCATENATED MODULE: ./packages/core/src/data/worker-protocol.ts
/**
 * What the parent and a data-reading worker thread say to each other, and the script the worker runs. The
 * parent's side is parallel.ts (readTables) and chunk-reading.ts (readTableChunksInWorker); the worker's
 * is read-table-worker.ts. Tables and chunks travel with their typed arrays' buffers transferred, not
 * copied; errors travel as plain fields and are rebuilt on the parent's side.
 */


const TABLE_ROLE = 'modelgate:read-table';
const CHUNKS_ROLE = 'modelgate:read-table-chunks';
/** Chunks a worker may have posted that the parent has not yet taken: one in use, one ready. */
const CHUNKS_AHEAD = 2;
/** The buffers of a table's typed arrays, to transfer with it. */
function buffersOf(table) {
    const buffers = [table.lines.buffer];
    for (const column of table.columns) {
        buffers.push((column.kind === 'numeric' ? column.values.buffer : column.codes.buffer));
    }
    return buffers;
}
function errorReply(error) {
    if (error instanceof DataError) {
        const { name, message, file, line, column, reason } = error;
        return { error: { name, message, file, line, column, reason } };
    }
    const { name, message } = error instanceof Error ? error : new Error(String(error));
    return { error: { name, message } };
}
/** The error a worker reported, as the parent throws it: a DataError stays one, with its place. */
function errorFrom(reply) {
    if (reply.name === 'DataError' && reply.file !== undefined && reply.reason !== undefined) {
        return new data_errors/* DataError */.f(reply.file, reply.reason, reply.line, reply.column);
    }
    if (reply.name === 'TypeError')
        return new TypeError(reply.message);
    const error = new Error(reply.message);
    error.name = reply.name;
    return error;
}
const DEDICATED_WORKER_DIR = './read-table-worker';
/**
 * The script a worker runs: read-table-worker.ts, which holds the readers and nothing else. Bundled, it is
 * `read-table-worker/index.js` beside the action's bundle (scripts/build.ts builds one for every action):
 * a worker running the whole action bundle instead costs far more memory (measured: ~70 MB for a 6 MB
 * bundle). Paths are assembled at run time so that the bundler does not take them for assets to copy.
 */
function workerScript() {
    const own = new URL(import.meta.url);
    if (!own.pathname.endsWith('.js'))
        return new URL(['.', 'read-table-worker.ts'].join('/'), own);
    const dedicated = new URL([DEDICATED_WORKER_DIR, 'index.js'].join('/'), own);
    if (!(0,external_node_fs_.existsSync)(dedicated)) {
        throw new Error(`the data-reading worker's bundle is missing: ${dedicated.pathname}`);
    }
    return dedicated;
}

;// CONCATENATED MODULE: ./packages/core/src/data/read-chunks.ts
/**
 * readTableChunks: one dataset, as readTable reads it, handed out as a sequence of Tables of at most
 * `chunkRows` rows each, so that a consumer that keeps only per-column summaries needs memory that grows
 * with the columns, not the rows.
 *
 * Every chunk has the same columns with the same types: both are decided once, before the first row is
 * loaded, exactly as readTable decides them (the same header checks, the same inference sample of the first
 * `inferRows` rows, the same overrides). Chunks come in file order and cover each loaded row exactly once.
 *
 * Per chunk:
 * - `rowOffset` is the dataset row of the chunk's row 0: chunk row r is dataset row `rowOffset + r`, the
 *   row readTable would put at that index.
 * - `lines` and `sources` are exact for the chunk's rows (`sources[i].firstRow` counts from the chunk's
 *   row 0), so `locateRow(chunk, r)` works; a file spanning chunks is listed in each of them.
 * - A numeric column's `invalidCount` / `invalidExamples` / `invalidRows` cover the chunk's rows (rows are chunk
 *   rows). Concatenating every chunk's examples gives readTable's examples plus later ones.
 * - A categorical column's `dictionary` is ONE array shared by every chunk of the dataset, which only grows:
 *   a code means the same text in every chunk. It may already hold values first met in later chunks (a
 *   chunk is cut inside a block of bytes), so a consumer must go by the codes it sees, never by the length
 *   of the dictionary. The dictionary of a text column grows with its distinct values (an id column: with
 *   the rows), as readTable's does.
 * - `problems` are the row problems met while the chunk was being filled; `problemCount` counts them.
 *   Across chunks, at most `maxProblems` problems are kept (the same ones readTable keeps).
 *
 * A dataset with no rows still yields one (empty) chunk, so its columns are known. CSV, TSV and JSON Lines
 * (gzipped or not) stream; Parquet, whose columns are compressed as a whole per row group, is read with
 * readTable and handed out as one chunk.
 *
 * The default chunk holds about 32 MB of cells, at most 262,144 rows: a file of 10,000 columns comes in
 * chunks of a few hundred rows. Without a given chunkRows, the first chunks are smaller (FIRST_CHUNK_ROWS).
 *
 * The header and sampling pass is read-table.ts's first pass, with its helpers.
 */









const MAX_CHUNK_ROWS = 262_144;
/**
 * The first chunk's rows when the size is not given, doubling chunk after chunk. A consumer's code, like the
 * reader's, runs slowly until the JIT has compiled it: on small first chunks that warm-up costs little, and
 * the first rows reach the consumer sooner (measured on a million rows: the first chunk's 110 ms of cold
 * validation came down to 15 ms, with no steady-state cost).
 */
const FIRST_CHUNK_ROWS = 2048;
const CHUNK_CELL_BYTES = (/* unused pure expression or super */ null && (32 * 1024 * 1024));
const read_chunks_MIN_CAPACITY = 1024;
/** The default rows per chunk for `columns` columns. */
function defaultChunkRows(columns, bytes = CHUNK_CELL_BYTES) {
    return Math.max(1, Math.min(MAX_CHUNK_ROWS, Math.floor(bytes / (8 * Math.max(1, columns)))));
}
/**
 * A TableBuilder that never holds more than `chunkRows` rows: when a reader asks for room past that, the
 * rows so far become a finished chunk (queued in `ready`) and the columns start over with fresh arrays.
 * Readers re-read the arrays after asking for room, so they write on into the new ones.
 */
class ChunkBuilder extends builders_TableBuilder {
    ready = [];
    /** This chunk's rows, and the most a chunk has. */
    chunkRows;
    maxChunkRows;
    maxKept;
    kept = 0;
    rowOffset = 0;
    yielded = 0;
    /** The file being read, and whether a chunk was cut since it began. */
    file;
    newSources = 0;
    pool;
    constructor(columns, maxProblems, size, pool) {
        super(columns, maxProblems);
        this.maxChunkRows = size.rows;
        this.chunkRows = size.rampUp ? Math.min(FIRST_CHUNK_ROWS, size.rows) : size.rows;
        this.maxKept = maxProblems;
        this.pool = pool;
    }
    allocate(type, length) {
        return this.pool ? this.pool.take(type, length) : new type(length);
    }
    reserve(rows) {
        if (rows <= this.capacity)
            return;
        if (rows > this.chunkRows) {
            this.cut();
            this.chunkRows = Math.min(2 * this.chunkRows, this.maxChunkRows);
            // Rows keep coming: the next chunk is likely full, so it starts at its full size rather than
            // growing to it again (each growth copies).
            rows = this.chunkRows;
        }
        const grown = Math.max(rows, Math.ceil(this.capacity * 1.5), read_chunks_MIN_CAPACITY);
        super.reserve(Math.min(grown, this.chunkRows), true);
    }
    addProblem(problem) {
        this.problemCount++;
        if (this.kept < this.maxKept) {
            this.kept++;
            this.problems.push(problem);
        }
    }
    beginFile(path, format) {
        this.file = { path, format };
        this.sources.push({ file: path, format, firstRow: this.rowCount, rowCount: 0 });
        this.newSources++;
    }
    /** Queues the rows so far as a chunk, and starts the next chunk empty. */
    cut() {
        const rows = this.rowCount;
        const sources = this.sources.splice(0).map((source, i, all) => ({
            ...source,
            rowCount: (i + 1 < all.length ? all[i + 1].firstRow : rows) - source.firstRow,
        }));
        const columns = this.columns.map((column) => {
            if (column.kind === 'categorical') {
                return {
                    kind: 'categorical',
                    name: column.name,
                    type: column.type,
                    codes: column.values.subarray(0, rows),
                    dictionary: column.dictionary,
                };
            }
            const examples = column.invalidExamples.splice(0);
            const chunkColumn = {
                kind: 'numeric',
                name: column.name,
                type: column.type,
                values: column.values.subarray(0, rows),
                invalidCount: column.invalidCount,
                invalidExamples: examples,
                invalidRows: column.invalidRows.splice(0),
            };
            column.invalidCount = 0;
            return chunkColumn;
        });
        this.ready.push({
            rowCount: rows,
            columns,
            sources,
            lines: this.lines.subarray(0, rows),
            problems: this.problems.splice(0),
            problemCount: this.problemCount,
            rowOffset: this.rowOffset,
        });
        this.yielded++;
        this.rowOffset += rows;
        this.rowCount = 0;
        this.problemCount = 0;
        this.newSources = 0;
        // Fresh arrays: the old ones now belong to the chunk.
        this.capacity = 0;
        for (const column of this.columns) {
            if (column.kind === 'numeric')
                column.values = new Float64Array(0);
            else
                column.values = new Int32Array(0);
        }
        this.lines = new Uint32Array(0);
        if (this.file)
            this.sources.push({ file: this.file.path, format: this.file.format, firstRow: 0, rowCount: 0 });
    }
    /** Cuts the last chunk, unless it would add nothing: no row, no problem and no file not seen before. */
    finishChunks() {
        if (this.yielded === 0 ||
            this.rowCount > 0 ||
            this.problems.length > 0 ||
            this.problemCount > 0 ||
            this.newSources > 0) {
            this.cut();
        }
    }
}
/** Feeds a file's blocks to `parse` (as forEachBlock does) and hands out the chunks cut after each block. */
async function* parseFile(file, gzip, parse, builder) {
    for await (const block of fileBlocks(file, gzip)) {
        block.consumed = parse(block.bytes, block.end, block.atEnd);
        yield* builder.ready.splice(0);
    }
}
function makeBuilder(names, types, options, chunkSize, pool) {
    const missing = new MissingValues(options.missingValues);
    const columns = names.map((name, c) => {
        const type = types[c];
        return type === 'string' || type === 'category'
            ? new CategoricalBuilder(name, type, missing)
            : new NumericBuilder(name, type, missing, options.maxInvalidExamples);
    });
    return new ChunkBuilder(columns, options.maxProblems, chunkSize(names.length), pool);
}
async function* delimitedChunks(files, options, chunkSize, pool) {
    const { sep, headers, names, types } = await planDelimited(files, options, false);
    const builder = makeBuilder(names, types, options, chunkSize, pool);
    const missing = new MissingValues(options.missingValues);
    const index = new Map(names.map((name, c) => [name, c]));
    for (let f = 0; f < files.length; f++) {
        const targets = Int32Array.from(headers[f], (name) => index.get(name) ?? -1);
        const kinds = Uint8Array.from(headers[f], (_, k) => (targets[k] < 0 ? SKIP : KIND_OF[types[targets[k]]]));
        builder.beginFile(files[f].path, files[f].format);
        const parse = csvBlockParser(files[f].path, sep, { kinds, targets, missing }, builder);
        yield* parseFile(files[f].path, files[f].gzip, parse, builder);
    }
    builder.finishChunks();
    yield* builder.ready.splice(0);
}
async function* jsonLinesChunks(files, options, chunkSize, pool) {
    const { keys, names, types } = await planJsonLines(files, options);
    const builder = makeBuilder(names, types, options, chunkSize, pool);
    const plan = { names, known: new Set(keys), reported: new Set(), inferRows: options.inferRows };
    for (const file of files) {
        builder.beginFile(file.path, file.format);
        yield* parseFile(file.path, file.gzip, jsonlBlockParser(file.path, plan, builder), builder);
    }
    builder.finishChunks();
    yield* builder.ready.splice(0);
}
/**
 * Reads one dataset — the files named by `inputs` (paths or globs), in order — as a sequence of chunks (see
 * the module comment). Throws DataError for unusable data (with file and line), TypeError for bad options;
 * an error in a later file comes after the chunks before it.
 */
async function* readTableChunks(inputs, options = {}, pool) {
    const { chunkRows: rows, chunkBytes, ...readOptions } = options;
    for (const [name, value] of [
        ['chunkRows', rows],
        ['chunkBytes', chunkBytes],
    ]) {
        if (value !== undefined && (!Number.isSafeInteger(value) || value < 1)) {
            throw new TypeError(`read option ${name} must be a positive integer, got ${value}`);
        }
    }
    const chunkSize = (columns) => rows ? { rows, rampUp: false } : { rows: defaultChunkRows(columns, chunkBytes), rampUp: true };
    const resolved = resolveOptions(readOptions);
    const files = await datasetFiles(inputs);
    switch (files[0].format) {
        case 'csv':
        case 'tsv':
            yield* delimitedChunks(files, resolved, chunkSize, pool);
            return;
        case 'jsonl':
            yield* jsonLinesChunks(files, resolved, chunkSize, pool);
            return;
        case 'parquet':
            yield { ...(await readTable(inputs, readOptions)), rowOffset: 0 };
    }
}
/**
 * The chunks, each one's arrays freed (or handed back to their reader, recycleWith) as soon as the next
 * chunk is asked for, for a consumer that keeps none of them (only what it computed from them). Garbage
 * collection would free them only at its next full collection, which the consumer's small allocations
 * seldom trigger: measured, the chunks of a million rows piled up to about 100 MB before that.
 */
async function* releasingChunks(chunks) {
    for await (const chunk of chunks) {
        yield chunk;
        const buffers = [...new Set(buffersOf(chunk))].filter((buffer) => !buffer.detached);
        const recycle = recyclerOf(chunk);
        if (recycle)
            recycle(buffers);
        else
            for (const buffer of buffers)
                freeMemory(new Uint8Array(buffer));
    }
}

// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __nccwpck_require__(75919);
;// CONCATENATED MODULE: ./packages/core/src/data/chunk-reading.ts
/**
 * readTableChunksInWorker: one dataset's chunks (readTableChunks), parsed on a worker thread
 * (read-table-worker.ts) while the caller works on the chunks before, each transferred as it is cut. The
 * reading can start ahead of the call (startChunkReader). This module holds none of the readers, so that
 * an action's entry can start reading before it loads them and the rest of its code.
 */



/**
 * chunkBytes for a consumer that streams a whole dataset into summaries, with the next chunk parsed while
 * it works (readTableChunksInWorker, below): 4 MB of cells (65,536 rows of 8 columns) keeps what is in
 * flight small next to what it keeps, at no measurable cost in time.
 */
const STREAMING_CHUNK_BYTES = 4 * 1024 * 1024;
function chunkWorker() {
    return new external_node_worker_threads_.Worker(workerScript(), { workerData: { role: CHUNKS_ROLE } });
}
/** A reading thread started before its job was known (warmChunkReader), until a reading takes it. */
let warm;
/**
 * Starts a reading thread now, with no job: the next reading takes it with its start-up (a thread, a
 * runtime and the readers' code: about 50 ms) behind it. For a caller that knows it will read before it
 * knows how: validate-data's entry, before its schema is read. Unused, it does not keep the process alive.
 */
function warmChunkReader() {
    if (warm && !warm.exited)
        return;
    const started = { worker: chunkWorker(), exited: false };
    started.worker.once('exit', () => {
        started.exited = true;
    });
    started.worker.unref();
    warm = started;
}
function takeWorker() {
    const taken = warm;
    warm = undefined;
    if (!taken || taken.exited)
        return chunkWorker();
    taken.worker.ref();
    return taken.worker;
}
/** A worker reading one dataset's chunks, and its replies not yet taken. */
class ChunkReading {
    worker = takeWorker();
    replies = [];
    job;
    failure;
    wake;
    constructor(job) {
        this.job = job;
        this.worker.on('message', (reply) => {
            this.replies.push(reply);
            this.arrived();
        });
        this.worker.once('error', (error) => {
            this.failure ??= error;
            this.arrived();
        });
        this.worker.once('exit', (code) => {
            this.failure ??= new Error(`the data-reading worker thread stopped (exit code ${code}) before it finished`);
            this.arrived();
        });
        this.worker.postMessage(job);
    }
    /** The next reply, or undefined once the worker failed. */
    async next() {
        while (this.replies.length === 0 && !this.failure)
            await new Promise((resolve) => (this.wake = resolve));
        return this.replies.shift();
    }
    arrived() {
        this.wake?.();
        this.wake = undefined;
    }
}
/** A reading started ahead (startChunkReader), until readTableChunksInWorker takes it. */
let early;
function sameJob(a, b) {
    return JSON.stringify(a) === JSON.stringify(b);
}
/**
 * Starts reading a dataset now, for the readTableChunksInWorker call with the same inputs and options to
 * take: the worker's start-up (a thread, a runtime and the readers' code to load) and its first chunks
 * then overlap the caller's own work until that call. Unused, it does not keep the process alive; a
 * failure waits for that call to be reported. Asked again for the same reading, it keeps the one started;
 * asked for another, it ends that one.
 */
function startChunkReader(inputs, options = {}) {
    const job = { inputs, options };
    if (early && sameJob(early.job, job))
        return;
    if (early)
        void early.worker.terminate();
    early = new ChunkReading(job);
    early.worker.unref();
}
/**
 * readTableChunks on a worker thread: the same chunks, in the same order, parsed on another core while
 * the caller works on the ones before. The worker stays at most CHUNKS_AHEAD chunks ahead of the caller,
 * so memory stays bounded whatever the speeds. The chunks' buffers are transferred, not copied.
 */
async function* readTableChunksInWorker(inputs, options = {}) {
    const job = { inputs, options };
    let reading;
    if (early && sameJob(early.job, job)) {
        reading = early;
        early = undefined;
        reading.worker.ref();
    }
    else
        reading = new ChunkReading(job);
    const dictionaries = [];
    let recycled = [];
    const recycle = (buffers) => {
        recycled = buffers;
    };
    try {
        for (;;) {
            const reply = await reading.next();
            if (!reply)
                throw reading.failure;
            if ('error' in reply)
                throw errorFrom(reply.error);
            if ('done' in reply)
                return;
            reply.chunk.columns.forEach((column, c) => {
                if (column.kind !== 'categorical')
                    return;
                dictionaries[c] ??= [];
                for (const label of reply.added[c] ?? [])
                    dictionaries[c].push(label);
                column.dictionary = dictionaries[c];
            });
            recycleWith(reply.chunk, recycle);
            yield reply.chunk;
            reading.worker.postMessage({ recycled }, recycled);
            recycled = [];
        }
    }
    finally {
        await reading.worker.terminate();
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(77598);
;// CONCATENATED MODULE: ./packages/sketches/src/bytes.ts
/**
 * Little-endian reading and writing for the DataSketches binary layouts, with one error type that names
 * the sketch and the byte where a file stops making sense.
 */
class SketchFormatError extends Error {
    name = 'SketchFormatError';
}
/** Reads fields at absolute offsets, failing with the offset and what was expected when bytes run out. */
class ByteReader {
    bytes;
    what;
    view;
    constructor(bytes, what) {
        this.bytes = bytes;
        this.what = what;
        this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    }
    need(offset, size, field) {
        if (offset + size > this.bytes.byteLength) {
            throw new SketchFormatError(`${this.what}: truncated: ${field} needs bytes ${offset}-${offset + size - 1}, the sketch has ${this.bytes.byteLength}`);
        }
    }
    u8(offset, field) {
        this.need(offset, 1, field);
        return this.view.getUint8(offset);
    }
    u16(offset, field) {
        this.need(offset, 2, field);
        return this.view.getUint16(offset, true);
    }
    u32(offset, field) {
        this.need(offset, 4, field);
        return this.view.getUint32(offset, true);
    }
    i32(offset, field) {
        this.need(offset, 4, field);
        return this.view.getInt32(offset, true);
    }
    i64(offset, field) {
        this.need(offset, 8, field);
        return this.view.getBigInt64(offset, true);
    }
    /** A signed 64-bit count or value that must fit a double exactly. */
    safeI64(offset, field) {
        const value = this.i64(offset, field);
        if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) {
            throw new SketchFormatError(`${this.what}: ${field} ${value} is beyond ±2^53, which this reader keeps exactly`);
        }
        return Number(value);
    }
    f32(offset, field) {
        this.need(offset, 4, field);
        return this.view.getFloat32(offset, true);
    }
    f64(offset, field) {
        this.need(offset, 8, field);
        return this.view.getFloat64(offset, true);
    }
}
/** Appends fields; `bytes()` gives the finished buffer. */
class ByteWriter {
    buffer;
    view;
    length = 0;
    constructor(capacity = 64) {
        this.buffer = new Uint8Array(capacity);
        this.view = new DataView(this.buffer.buffer);
    }
    /** Reserves `size` bytes and returns where they start; call it before reading `this.view`, which it may replace. */
    room(size) {
        const at = this.length;
        if (at + size > this.buffer.byteLength) {
            const grown = new Uint8Array(Math.max(this.buffer.byteLength * 2, at + size));
            grown.set(this.buffer);
            this.buffer = grown;
            this.view = new DataView(grown.buffer);
        }
        this.length += size;
        return at;
    }
    u8(value) {
        const at = this.room(1);
        this.view.setUint8(at, value);
        return this;
    }
    u16(value) {
        const at = this.room(2);
        this.view.setUint16(at, value, true);
        return this;
    }
    u32(value) {
        const at = this.room(4);
        this.view.setUint32(at, value, true);
        return this;
    }
    i32(value) {
        const at = this.room(4);
        this.view.setInt32(at, value, true);
        return this;
    }
    i64(value) {
        const at = this.room(8);
        this.view.setBigInt64(at, BigInt(value), true);
        return this;
    }
    f32(value) {
        const at = this.room(4);
        this.view.setFloat32(at, value, true);
        return this;
    }
    f64(value) {
        const at = this.room(8);
        this.view.setFloat64(at, value, true);
        return this;
    }
    raw(bytes) {
        const at = this.room(bytes.byteLength);
        this.buffer.set(bytes, at);
        return this;
    }
    bytes() {
        return this.buffer.slice(0, this.length);
    }
}

;// CONCATENATED MODULE: ./packages/sketches/src/murmur3.ts
/**
 * MurmurHash3 x64 128 as Apache DataSketches hashes items (seed 9001 unless given): a long as its 8
 * little-endian bytes, a string as its UTF-8 bytes. Both halves start from the same 64-bit seed.
 * Written in 32-bit halves (a 64-bit product from 16-bit pieces) because BigInt arithmetic is far too
 * slow for one hash per cell; murmur3LongBigInt is the plain BigInt transcription the tests check it with.
 */
const DEFAULT_UPDATE_SEED = 9001n;
// A 64-bit value is a pair [hi, lo] of unsigned 32-bit numbers; these hold the result of the last operation.
let rh = 0;
let rl = 0;
function mul64(ah, al, bh, bl) {
    const a0 = al & 0xffff;
    const a1 = al >>> 16;
    const b0 = bl & 0xffff;
    const b1 = bl >>> 16;
    const p00 = a0 * b0;
    const p01 = a0 * b1;
    const p10 = a1 * b0;
    const mid = (p00 >>> 16) + (p01 & 0xffff) + (p10 & 0xffff);
    rl = (((mid & 0xffff) << 16) | (p00 & 0xffff)) >>> 0;
    const carry = a1 * b1 + (p01 >>> 16) + (p10 >>> 16) + (mid >>> 16);
    rh = (carry + Math.imul(al, bh) + Math.imul(ah, bl)) >>> 0;
}
function add64(ah, al, bh, bl) {
    const lo = al + bl;
    rl = lo >>> 0;
    rh = (ah + bh + (lo > 0xffffffff ? 1 : 0)) >>> 0;
}
function rotl64(h, l, r) {
    if (r >= 32) {
        const t = h;
        h = l;
        l = t;
        r -= 32;
    }
    if (r === 0) {
        rh = h >>> 0;
        rl = l >>> 0;
        return;
    }
    rh = ((h << r) | (l >>> (32 - r))) >>> 0;
    rl = ((l << r) | (h >>> (32 - r))) >>> 0;
}
function fmix64(h, l) {
    l = (l ^ (h >>> 1)) >>> 0; // k ^= k >>> 33
    mul64(h, l, 0xff51afd7, 0xed558ccd);
    h = rh;
    l = (rl ^ (rh >>> 1)) >>> 0;
    mul64(h, l, 0xc4ceb9fe, 0x1a85ec53);
    h = rh;
    rl = (rl ^ (rh >>> 1)) >>> 0;
    rh = h;
}
const C1H = 0x87c37b91;
const C1L = 0x114253d5;
const C2H = 0x4cf5ad43;
const C2L = 0x2745937f;
/** Reads 8 little-endian bytes at `at` as a 64-bit pair into rh, rl. */
function load64(bytes, at) {
    rl = (bytes[at] | (bytes[at + 1] << 8) | (bytes[at + 2] << 16) | (bytes[at + 3] << 24)) >>> 0;
    rh = (bytes[at + 4] | (bytes[at + 5] << 8) | (bytes[at + 6] << 16) | (bytes[at + 7] << 24)) >>> 0;
}
/** Partial little-endian load of `count` (< 8) bytes at `at`. */
function loadTail(bytes, at, count) {
    let lo = 0;
    let hi = 0;
    for (let i = 0; i < count; i++) {
        if (i < 4)
            lo |= bytes[at + i] << (8 * i);
        else
            hi |= bytes[at + i] << (8 * (i - 4));
    }
    rl = lo >>> 0;
    rh = hi >>> 0;
}
/** The hash of `bytes`: the two 64-bit halves as [h1 high, h1 low, h2 high, h2 low] unsigned 32-bit words. */
function murmur3Words(bytes, seed = DEFAULT_UPDATE_SEED) {
    const seedH = Number((seed >> 32n) & 0xffffffffn);
    const seedL = Number(seed & 0xffffffffn);
    let h1h = seedH;
    let h1l = seedL;
    let h2h = seedH;
    let h2l = seedL;
    const length = bytes.byteLength;
    const blocks = length >>> 4;
    for (let b = 0; b < blocks; b++) {
        load64(bytes, b * 16);
        let k1h = rh;
        let k1l = rl;
        load64(bytes, b * 16 + 8);
        let k2h = rh;
        let k2l = rl;
        mul64(k1h, k1l, C1H, C1L);
        rotl64(rh, rl, 31);
        mul64(rh, rl, C2H, C2L);
        k1h = rh;
        k1l = rl;
        h1h = (h1h ^ k1h) >>> 0;
        h1l = (h1l ^ k1l) >>> 0;
        rotl64(h1h, h1l, 27);
        add64(rh, rl, h2h, h2l);
        mul64(rh, rl, 0, 5);
        add64(rh, rl, 0, 0x52dce729);
        h1h = rh;
        h1l = rl;
        mul64(k2h, k2l, C2H, C2L);
        rotl64(rh, rl, 33);
        mul64(rh, rl, C1H, C1L);
        k2h = rh;
        k2l = rl;
        h2h = (h2h ^ k2h) >>> 0;
        h2l = (h2l ^ k2l) >>> 0;
        rotl64(h2h, h2l, 31);
        add64(rh, rl, h1h, h1l);
        mul64(rh, rl, 0, 5);
        add64(rh, rl, 0, 0x38495ab5);
        h2h = rh;
        h2l = rl;
    }
    const tail = blocks * 16;
    const rest = length & 15;
    if (rest > 8) {
        loadTail(bytes, tail + 8, rest - 8);
        mul64(rh, rl, C2H, C2L);
        rotl64(rh, rl, 33);
        mul64(rh, rl, C1H, C1L);
        h2h = (h2h ^ rh) >>> 0;
        h2l = (h2l ^ rl) >>> 0;
    }
    if (rest > 0) {
        loadTail(bytes, tail, Math.min(rest, 8));
        mul64(rh, rl, C1H, C1L);
        rotl64(rh, rl, 31);
        mul64(rh, rl, C2H, C2L);
        h1h = (h1h ^ rh) >>> 0;
        h1l = (h1l ^ rl) >>> 0;
    }
    // The length is below 2^32 bytes: only the low word changes.
    h1l = (h1l ^ length) >>> 0;
    h2l = (h2l ^ length) >>> 0;
    add64(h1h, h1l, h2h, h2l);
    h1h = rh;
    h1l = rl;
    add64(h2h, h2l, h1h, h1l);
    h2h = rh;
    h2l = rl;
    fmix64(h1h, h1l);
    h1h = rh;
    h1l = rl;
    fmix64(h2h, h2l);
    h2h = rh;
    h2l = rl;
    add64(h1h, h1l, h2h, h2l);
    h1h = rh;
    h1l = rl;
    add64(h2h, h2l, h1h, h1l);
    return [h1h, h1l, rh, rl];
}
const longBytes = new Uint8Array(8);
const longView = new DataView(longBytes.buffer);
/** The hash of a long, as DataSketches hashes one (its 8 little-endian bytes). */
function murmur3LongWords(value, seed = DEFAULT_UPDATE_SEED) {
    if (typeof value === 'number') {
        longView.setInt32(0, value | 0, true);
        longView.setInt32(4, Math.floor(value / 4294967296), true);
    }
    else {
        longView.setBigInt64(0, BigInt.asIntN(64, value), true);
    }
    return murmur3Words(longBytes, seed);
}
// ---- the BigInt transcription, the reference the tests hold the fast version to ----
const MASK64 = (/* unused pure expression or super */ null && ((1n << 64n) - 1n));
function rotlBig(x, r) {
    return ((x << r) | (x >> (64n - r))) & MASK64;
}
function fmixBig(input) {
    let k = input;
    k ^= k >> 33n;
    k = (k * 0xff51afd7ed558ccdn) & MASK64;
    k ^= k >> 33n;
    k = (k * 0xc4ceb9fe1a85ec53n) & MASK64;
    k ^= k >> 33n;
    return k;
}
/** MurmurHash3 x64 128 of `bytes` in plain BigInt arithmetic: slow, and obviously the published algorithm. */
function murmur3BigInt(bytes, seed = DEFAULT_UPDATE_SEED) {
    const c1 = 0x87c37b91114253d5n;
    const c2 = 0x4cf5ad432745937fn;
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let h1 = seed & MASK64;
    let h2 = seed & MASK64;
    const blocks = bytes.byteLength >>> 4;
    for (let b = 0; b < blocks; b++) {
        let k1 = view.getBigUint64(b * 16, true);
        let k2 = view.getBigUint64(b * 16 + 8, true);
        k1 = (rotlBig((k1 * c1) & MASK64, 31n) * c2) & MASK64;
        h1 ^= k1;
        h1 = (((rotlBig(h1, 27n) + h2) & MASK64) * 5n + 0x52dce729n) & MASK64;
        k2 = (rotlBig((k2 * c2) & MASK64, 33n) * c1) & MASK64;
        h2 ^= k2;
        h2 = (((rotlBig(h2, 31n) + h1) & MASK64) * 5n + 0x38495ab5n) & MASK64;
    }
    let k1 = 0n;
    let k2 = 0n;
    const tail = blocks * 16;
    for (let i = (bytes.byteLength & 15) - 1; i >= 0; i--) {
        if (i >= 8)
            k2 = (k2 << 8n) | BigInt(bytes[tail + i]);
        else
            k1 = (k1 << 8n) | BigInt(bytes[tail + i]);
    }
    if (k2 !== 0n || (bytes.byteLength & 15) > 8) {
        h2 ^= (rotlBig((k2 * c2) & MASK64, 33n) * c1) & MASK64;
    }
    if ((bytes.byteLength & 15) > 0) {
        h1 ^= (rotlBig((k1 * c1) & MASK64, 31n) * c2) & MASK64;
    }
    const length = BigInt(bytes.byteLength);
    h1 ^= length;
    h2 ^= length;
    h1 = (h1 + h2) & MASK64;
    h2 = (h2 + h1) & MASK64;
    h1 = fmixBig(h1);
    h2 = fmixBig(h2);
    h1 = (h1 + h2) & MASK64;
    h2 = (h2 + h1) & MASK64;
    return [h1, h2];
}

;// CONCATENATED MODULE: ./packages/sketches/src/hll.ts
/**
 * The HyperLogLog distinct-count sketch of Apache DataSketches, bit-compatible with its serialization:
 * what Spark's `hll_sketch_agg`, Druid and the DataSketches libraries write, in all three register widths
 * (HLL_4, HLL_6, HLL_8) and the two sparse modes small sketches use (LIST, SET of 32-bit coupons).
 *
 * An item is hashed with MurmurHash3 x64 128 (seed 9001); its coupon is the low 26 bits of the first half
 * (the address) and 1 + the leading zeros of the second half, at most 63 (the value), as value << 26 |
 * address. In HLL mode register (address mod K) keeps the largest value seen.
 *
 * Layout (little-endian), as DataSketches' HLL PreambleUtil defines it:
 *   byte 0 preamble ints (2 LIST, 3 SET, 10 HLL)  byte 1 serial version (1)  byte 2 family (7)
 *   byte 3 lg K  byte 4 lg of the coupon array (LIST, SET) or of the HLL_4 exceptions map
 *   byte 5 flags (4 empty, 8 compact, 16 out of order)  byte 6 LIST: coupon count; HLL: current minimum
 *   byte 7 mode (bits 0-1: LIST, SET, HLL) and target type (bits 2-3: HLL_4, HLL_6, HLL_8)
 *   LIST: the coupons.  SET: bytes 8-11 coupon count, then the coupons (compact: only the filled slots).
 *   HLL: bytes 8-15 HIP accumulator, 16-23 and 24-31 the two halves of K·q, 32-35 registers at the
 *   current minimum, 36-39 exceptions, then the registers (HLL_4: a nibble each, low nibble first, value
 *   − current minimum, 15 meaning "see the exceptions"; HLL_6: 6 bits each, packed little-endian, plus one
 *   byte; HLL_8: a byte each), then the HLL_4 exceptions (value << 26 | register).
 * A decoded sketch keeps what it read (flags, HIP fields, exception order), so it encodes back to the
 * same bytes.
 */


const HLL_FAMILY = 7;
const MODES = ['LIST', 'SET', 'HLL'];
const TYPES = ['HLL_4', 'HLL_6', 'HLL_8'];
const PREAMBLE_INTS = { LIST: 2, SET: 3, HLL: 10 };
const FLAG_EMPTY = 4;
const FLAG_COMPACT = 8;
const FLAG_OUT_OF_ORDER = 16;
const KEY_MASK_26 = (1 << 26) - 1;
const AUX_TOKEN = 15;
const LG_INIT_LIST = 3;
const LG_INIT_SET = 5;
const HLL_HEADER = 40;
const hll_encoder = new TextEncoder();
/** Initial lg size of the HLL_4 exceptions map, by lg K (DataSketches' table). */
const LG_AUX_ARR_INTS = [0, 2, 2, 2, 2, 2, 2, 3, 3, 3, 4, 4, 5, 5, 6, 7, 8, 9, 10, 11, 12, 13];
class HllSketch {
    lgK;
    type;
    mode = 'LIST';
    /** LIST: coupons in arrival order; SET: the open-addressing table (0 = empty slot). */
    coupons;
    lgArr = LG_INIT_LIST;
    couponCount = 0;
    /** HLL mode: every register's value (not relative to the current minimum). */
    registers = null;
    hipAccum = 0;
    kxq0 = 0;
    kxq1 = 0;
    outOfOrder = false;
    /** What a decoded sketch read, kept so that it encodes back to the same bytes. */
    readFlags = null;
    readAuxLgArr = null;
    readAuxOrder = null;
    readCoupons = null;
    constructor(lgK = 12, type = 'HLL_4') {
        if (!Number.isInteger(lgK) || lgK < 4 || lgK > 21)
            throw new RangeError(`HLL lg K must be from 4 to 21, got ${lgK}`);
        this.lgK = lgK;
        this.type = type;
        this.coupons = new Int32Array(1 << LG_INIT_LIST);
    }
    get k() {
        return 1 << this.lgK;
    }
    isEmpty() {
        return this.mode !== 'HLL' && this.couponCount === 0;
    }
    /** Adds an integer item, hashed as DataSketches hashes a long. */
    updateLong(value, seed = DEFAULT_UPDATE_SEED) {
        this.hashUpdate(murmur3LongWords(value, seed));
    }
    /** Adds a string item, hashed as DataSketches hashes one: its UTF-8 bytes. Empty strings are ignored, as there. */
    updateString(value, seed = DEFAULT_UPDATE_SEED) {
        if (value === '')
            return;
        this.updateBytes(hll_encoder.encode(value), seed);
    }
    updateBytes(bytes, seed = DEFAULT_UPDATE_SEED) {
        if (bytes.byteLength === 0)
            return;
        this.hashUpdate(murmur3Words(bytes, seed));
    }
    hashUpdate([, h1Low, h2High, h2Low]) {
        const leadingZeros = h2High !== 0 ? Math.clz32(h2High) : 32 + Math.clz32(h2Low);
        this.couponUpdate(((Math.min(leadingZeros, 62) + 1) << 26) | (h1Low & KEY_MASK_26));
    }
    couponUpdate(coupon) {
        this.forgetReadLayout();
        if (this.mode === 'HLL') {
            this.registerUpdate(coupon & (this.k - 1), coupon >>> 26, true);
            return;
        }
        if (this.mode === 'LIST') {
            for (let i = 0; i < this.couponCount; i++)
                if (this.coupons[i] === coupon)
                    return;
            this.coupons[this.couponCount++] = coupon;
            if (this.couponCount === this.coupons.length) {
                if (this.lgK < 8)
                    this.promoteToHll();
                else
                    this.rebuildSet(LG_INIT_SET);
            }
            return;
        }
        const at = findSlot(this.coupons, this.lgArr, coupon);
        if (at >= 0)
            return;
        this.coupons[~at] = coupon;
        this.couponCount++;
        if (4 * this.couponCount > 3 * this.coupons.length) {
            if (this.lgArr === this.lgK - 3)
                this.promoteToHll();
            else
                this.rebuildSet(this.lgArr + 1);
        }
    }
    /**
     * Makes this a sketch of the union of both inputs' items. `other` may have a larger lg K: its registers
     * fold onto this one's (register i onto i mod K), as DataSketches' union downsamples.
     */
    merge(other) {
        if (other.lgK < this.lgK) {
            throw new RangeError(`cannot merge an HLL sketch of lg K ${other.lgK} into one of lg K ${this.lgK}; merge into the smaller`);
        }
        if (other.mode !== 'HLL') {
            for (const coupon of other.couponList())
                this.couponUpdate(coupon);
            return;
        }
        if (this.mode !== 'HLL')
            this.promoteToHll();
        this.forgetReadLayout();
        const mine = this.registers;
        const theirs = other.registers;
        const mask = mine.length - 1;
        for (let slot = 0; slot < theirs.length; slot++) {
            if (theirs[slot] > mine[slot & mask])
                this.registerUpdate(slot & mask, theirs[slot], false);
        }
        // Another sketch's history is not this one's: the HIP estimate no longer applies.
        this.outOfOrder = true;
    }
    /** The coupons of a LIST or SET sketch, in the order they are serialized. */
    couponList() {
        if (this.mode === 'LIST')
            return Array.from(this.coupons.subarray(0, this.couponCount));
        return Array.from(this.coupons).filter((c) => c !== 0);
    }
    /**
     * The distinct-count estimate: the coupon count (corrected for collisions among 2^26 addresses) in the
     * sparse modes; in HLL mode the HIP estimate of a sketch updated in order, or, after a merge, Ertl's
     * improved estimator (2017), which needs no empirical bias tables.
     */
    estimate() {
        if (this.mode !== 'HLL') {
            const space = 2 ** 26;
            return Math.max(this.couponCount, -space * Math.log1p(-this.couponCount / space));
        }
        if (!this.outOfOrder)
            return this.hipAccum;
        return improvedEstimate(this.registers);
    }
    /** Relative standard error of the estimate (HIP: 0.836/√K, otherwise 1.04/√K); 0 in the sparse modes. */
    relativeError() {
        if (this.mode !== 'HLL')
            return 0;
        return (this.outOfOrder ? 1.04 : 0.836) / Math.sqrt(this.k);
    }
    // ---- modes ----
    rebuildSet(lgArr) {
        const old = this.couponList();
        this.mode = 'SET';
        this.lgArr = lgArr;
        this.coupons = new Int32Array(1 << lgArr);
        for (const coupon of old)
            this.coupons[~findSlot(this.coupons, lgArr, coupon)] = coupon;
    }
    promoteToHll() {
        const coupons = this.couponList();
        const estimate = this.estimate();
        this.mode = 'HLL';
        this.registers = new Uint8Array(this.k);
        this.kxq0 = this.k;
        this.kxq1 = 0;
        for (const coupon of coupons)
            this.registerUpdate(coupon & (this.k - 1), coupon >>> 26, true);
        // DataSketches starts the HIP accumulator at the sparse estimate when it promotes.
        this.hipAccum = estimate;
        this.outOfOrder = false;
        this.coupons = new Int32Array(0);
        this.couponCount = 0;
        this.lgArr = 0;
    }
    registerUpdate(slot, value, hip) {
        const registers = this.registers;
        const old = registers[slot];
        if (value <= old)
            return;
        if (hip)
            this.hipAccum += this.k / (this.kxq0 + this.kxq1);
        if (old < 32)
            this.kxq0 -= 2 ** -old;
        else
            this.kxq1 -= 2 ** -old;
        if (value < 32)
            this.kxq0 += 2 ** -value;
        else
            this.kxq1 += 2 ** -value;
        registers[slot] = value;
    }
    forgetReadLayout() {
        this.readFlags = null;
        this.readAuxLgArr = null;
        this.readAuxOrder = null;
        this.readCoupons = null;
    }
    // ---- serialization ----
    serialize() {
        const out = new ByteWriter();
        const empty = this.isEmpty();
        const flags = this.readFlags ??
            (empty ? FLAG_EMPTY | FLAG_COMPACT : FLAG_COMPACT) | (this.outOfOrder ? FLAG_OUT_OF_ORDER : 0);
        const modeByte = MODES.indexOf(this.mode) | (TYPES.indexOf(this.type) << 2);
        if (this.mode !== 'HLL') {
            out.u8(PREAMBLE_INTS[this.mode]).u8(1).u8(HLL_FAMILY).u8(this.lgK).u8(this.lgArr).u8(flags);
            out.u8(this.mode === 'LIST' ? this.couponCount : 0).u8(modeByte);
            if (this.mode === 'SET')
                out.u32(this.couponCount);
            for (const coupon of this.readCoupons ?? this.couponList())
                out.i32(coupon);
            return out.bytes();
        }
        const registers = this.registers;
        const hll4 = this.type === 'HLL_4';
        let curMin = 0;
        if (hll4) {
            curMin = 255;
            for (const v of registers)
                if (v < curMin)
                    curMin = v;
        }
        let atCurMin = 0;
        for (const v of registers)
            if (v === curMin)
                atCurMin++;
        const exceptions = [];
        if (hll4) {
            const order = this.readAuxOrder ?? registers.keys();
            for (const slot of order)
                if (registers[slot] - curMin >= AUX_TOKEN)
                    exceptions.push(slot);
        }
        let auxLgArr = this.readAuxLgArr ?? 0;
        if (this.readAuxLgArr === null && exceptions.length > 0) {
            auxLgArr = LG_AUX_ARR_INTS[this.lgK];
            while (4 * exceptions.length > 3 * 2 ** auxLgArr)
                auxLgArr++;
        }
        out
            .u8(PREAMBLE_INTS.HLL)
            .u8(1)
            .u8(HLL_FAMILY)
            .u8(this.lgK)
            .u8(auxLgArr)
            .u8(flags)
            .u8(curMin)
            .u8(modeByte);
        out.f64(this.hipAccum).f64(this.kxq0).f64(this.kxq1).u32(atCurMin).u32(exceptions.length);
        out.raw(packRegisters(registers, this.type, curMin));
        for (const slot of exceptions)
            out.i32((registers[slot] << 26) | slot);
        return out.bytes();
    }
    static deserialize(bytes, what = 'HLL sketch') {
        const r = new ByteReader(bytes, what);
        const preInts = r.u8(0, 'preamble ints');
        const serialVersion = r.u8(1, 'serial version');
        const family = r.u8(2, 'family');
        const lgK = r.u8(3, 'lg K');
        const lgArr = r.u8(4, 'lg array size');
        const flags = r.u8(5, 'flags');
        const byte6 = r.u8(6, 'list count or current minimum');
        const modeByte = r.u8(7, 'mode');
        if (family !== HLL_FAMILY)
            throw new SketchFormatError(`${what}: family ${family} is not HLL (${HLL_FAMILY})`);
        if (serialVersion !== 1)
            throw new SketchFormatError(`${what}: serial version ${serialVersion} is not 1`);
        if (lgK < 4 || lgK > 21)
            throw new SketchFormatError(`${what}: lg K ${lgK} is outside 4..21`);
        const mode = MODES[modeByte & 3];
        const type = TYPES[(modeByte >> 2) & 3];
        if (!mode || !type)
            throw new SketchFormatError(`${what}: mode byte ${modeByte} names no mode and type`);
        if (preInts !== PREAMBLE_INTS[mode]) {
            throw new SketchFormatError(`${what}: preamble ints ${preInts} do not fit ${mode} mode (${PREAMBLE_INTS[mode]})`);
        }
        if ((flags & 1) !== 0)
            throw new SketchFormatError(`${what}: big-endian sketches are not supported`);
        const sketch = new HllSketch(lgK, type);
        sketch.readFlags = flags;
        sketch.outOfOrder = (flags & FLAG_OUT_OF_ORDER) !== 0;
        if (mode !== 'HLL') {
            const compact = (flags & FLAG_COMPACT) !== 0;
            const count = mode === 'LIST' ? byte6 : r.u32(8, 'coupon count');
            const start = mode === 'LIST' ? 8 : 12;
            const stored = compact ? count : 1 << lgArr;
            if (lgArr > 26 || count > 1 << lgArr) {
                throw new SketchFormatError(`${what}: ${count} coupons do not fit an array of 2^${lgArr}`);
            }
            sketch.mode = mode;
            sketch.lgArr = lgArr;
            sketch.coupons = new Int32Array(1 << lgArr);
            const read = [];
            for (let i = 0; i < stored; i++) {
                const coupon = r.i32(start + 4 * i, `coupon ${i}`);
                if (coupon !== 0)
                    read.push(coupon);
            }
            if (read.length !== count)
                throw new SketchFormatError(`${what}: ${read.length} coupons found, ${count} announced`);
            if (mode === 'LIST')
                sketch.coupons.set(read);
            else
                for (const coupon of read)
                    sketch.coupons[~findSlot(sketch.coupons, lgArr, coupon)] = coupon;
            sketch.couponCount = count;
            sketch.readCoupons = read;
            if (start + 4 * stored !== bytes.byteLength) {
                throw new SketchFormatError(`${what}: ${bytes.byteLength - start - 4 * stored} bytes more than the coupons need`);
            }
            return sketch;
        }
        sketch.mode = 'HLL';
        sketch.lgArr = 0;
        sketch.coupons = new Int32Array(0);
        sketch.hipAccum = r.f64(8, 'HIP accumulator');
        sketch.kxq0 = r.f64(16, 'kxq0');
        sketch.kxq1 = r.f64(24, 'kxq1');
        const auxCount = r.u32(36, 'exception count');
        const k = 1 << lgK;
        const size = packedSize(k, type);
        r.need(HLL_HEADER, size, 'registers');
        const registers = unpackRegisters(bytes.subarray(HLL_HEADER, HLL_HEADER + size), k, type, byte6);
        const auxOrder = [];
        let offset = HLL_HEADER + size;
        for (let i = 0; i < auxCount; i++, offset += 4) {
            const pair = r.i32(offset, `exception ${i}`);
            const slot = pair & KEY_MASK_26;
            if (type !== 'HLL_4' || slot >= k || registers[slot] !== 255) {
                throw new SketchFormatError(`${what}: exception ${i} (register ${slot}) has no register marked for it`);
            }
            registers[slot] = pair >>> 26;
            auxOrder.push(slot);
        }
        if (registers.includes(255))
            throw new SketchFormatError(`${what}: a register marked as an exception has none`);
        if (offset !== bytes.byteLength)
            throw new SketchFormatError(`${what}: ${bytes.byteLength - offset} bytes follow the registers`);
        sketch.registers = registers;
        sketch.readAuxLgArr = lgArr;
        sketch.readAuxOrder = auxOrder;
        return sketch;
    }
}
/** The slot of `coupon` in an open-addressing table (>= 0), or ~slot of the empty slot it would take. */
function findSlot(table, lgArr, coupon) {
    const mask = table.length - 1;
    let probe = coupon & mask;
    const start = probe;
    const stride = ((coupon & KEY_MASK_26) >>> lgArr) | 1;
    do {
        const found = table[probe];
        if (found === 0)
            return ~probe;
        if (found === coupon)
            return probe;
        probe = (probe + stride) & mask;
    } while (probe !== start);
    throw new Error('HLL coupon table is full');
}
function packedSize(k, type) {
    if (type === 'HLL_4')
        return k / 2;
    if (type === 'HLL_6')
        return Math.floor((k * 6) / 8) + 1;
    return k;
}
/** Registers as absolute values; an HLL_4 exception is marked 255 until the exceptions are read. */
function unpackRegisters(packed, k, type, curMin) {
    const registers = new Uint8Array(k);
    for (let slot = 0; slot < k; slot++) {
        if (type === 'HLL_8')
            registers[slot] = packed[slot];
        else if (type === 'HLL_6') {
            const bit = slot * 6;
            const at = bit >>> 3;
            registers[slot] = ((packed[at] | ((packed[at + 1] ?? 0) << 8)) >>> (bit & 7)) & 0x3f;
        }
        else {
            const nibble = (packed[slot >>> 1] >>> ((slot & 1) * 4)) & 0xf;
            registers[slot] = nibble === AUX_TOKEN ? 255 : curMin + nibble;
        }
    }
    return registers;
}
function packRegisters(registers, type, curMin) {
    const k = registers.length;
    const packed = new Uint8Array(packedSize(k, type));
    for (let slot = 0; slot < k; slot++) {
        const value = registers[slot];
        if (type === 'HLL_8')
            packed[slot] = value;
        else if (type === 'HLL_6') {
            const bit = slot * 6;
            const at = bit >>> 3;
            const word = (value & 0x3f) << (bit & 7);
            packed[at] |= word & 0xff;
            packed[at + 1] |= word >>> 8;
        }
        else {
            packed[slot >>> 1] |= Math.min(value - curMin, AUX_TOKEN) << ((slot & 1) * 4);
        }
    }
    return packed;
}
/** Ertl's improved raw estimator ("New cardinality estimation algorithms for HyperLogLog sketches", 2017). */
function improvedEstimate(registers) {
    const m = registers.length;
    const q = 62;
    const counts = new Float64Array(q + 2);
    for (const v of registers)
        counts[Math.min(v, q + 1)]++;
    let z = m * tau(1 - counts[q + 1] / m);
    for (let j = q; j >= 1; j--)
        z = 0.5 * (z + counts[j]);
    z += m * sigma(counts[0] / m);
    return (m / (2 * Math.LN2)) * (m / z);
}
function sigma(x0) {
    if (x0 === 1)
        return Number.POSITIVE_INFINITY;
    let x = x0;
    let y = 1;
    let z = x;
    let previous;
    do {
        x *= x;
        previous = z;
        z += x * y;
        y += y;
    } while (z !== previous);
    return z;
}
function tau(x0) {
    if (x0 === 0 || x0 === 1)
        return 0;
    let x = x0;
    let y = 1;
    let z = 1 - x;
    let previous;
    do {
        x = Math.sqrt(x);
        previous = z;
        y *= 0.5;
        z -= (1 - x) ** 2 * y;
    } while (z !== previous);
    return z / 3;
}

;// CONCATENATED MODULE: ./packages/sketches/src/kll-capacity.ts
/**
 * KLL's level capacities, as Apache DataSketches computes them (kll_helper): level h of a sketch with L
 * levels holds at most max(m, round(k * (2/3)^(L - h - 1))) items, the rounding done in exact integer
 * arithmetic so that every implementation agrees on the same layout.
 */
const DEPTH_LIMIT = 30;
/** round(k * (2/3)^depth) for depth <= 30, exactly as ((2k << depth) / 3^depth + 1) >> 1 in 64-bit integers. */
function capacityAtDepthSmall(k, depth) {
    const twiceK = BigInt(k) << 1n;
    const scaled = (twiceK << BigInt(depth)) / 3n ** BigInt(depth);
    return Number((scaled + 1n) >> 1n);
}
function capacityAtDepth(k, depth) {
    if (depth <= DEPTH_LIMIT)
        return capacityAtDepthSmall(k, depth);
    const half = Math.floor(depth / 2);
    return capacityAtDepthSmall(capacityAtDepthSmall(k, half), depth - half);
}
/** Capacity of level `height` (0 = bottom) in a sketch of `numLevels` levels. */
function levelCapacity(k, numLevels, height, m) {
    return Math.max(m, capacityAtDepth(k, numLevels - height - 1));
}
/** Total item slots of a sketch with `numLevels` levels: the sum of its level capacities. */
function totalCapacity(k, m, numLevels) {
    let total = 0;
    for (let h = 0; h < numLevels; h++)
        total += levelCapacity(k, numLevels, h, m);
    return total;
}
/**
 * The normalised rank error of a KLL sketch at 99% confidence (DataSketches' empirical fit): for a
 * single rank (or CDF) query, and for the PMF (a difference of two ranks).
 */
function normalizedRankError(k, pmf) {
    return pmf ? 2.446 / k ** 0.9433 : 2.296 / k ** 0.9723;
}

;// CONCATENATED MODULE: ./packages/sketches/src/kll.ts
/**
 * The KLL quantiles sketch of Apache DataSketches (Karnin, Lang, Liberty 2016), bit-compatible with its
 * serialization, so sketches written by Spark (`kll_sketch_agg_double`, `kll_sketch_agg_bigint`), Druid
 * or the DataSketches Java, C++ and Python libraries are read here, and ours are read there.
 *
 * Layout (little-endian), as kll_sketch_impl.hpp / KllPreambleUtil define it:
 *   byte 0 preamble ints (2 for an empty or single-item sketch, 5 otherwise)
 *   byte 1 serial version (1 empty or full, 2 single item)   byte 2 family (15)   byte 3 flags
 *   bytes 4-5 k   byte 6 m   byte 7 unused
 *   empty: nothing more.  single item: the item.
 *   full: bytes 8-15 n, 16-17 min k, 18 number of levels L, 19 unused, then L uint32 level starts (the
 *   top level's end is implied: the total capacity for k, m and L), then min, max, and the retained
 *   items from the bottom level up.
 * Items are 8-byte doubles, 4-byte floats or 8-byte longs. All are held here as doubles: floats exactly,
 * longs exactly while within ±2^53 (a long beyond that is refused on reading, never rounded).
 */


const KLL_FAMILY = 15;
const KLL_DEFAULT_K = 200;
const DEFAULT_M = 8;
const MIN_K = DEFAULT_M;
const MAX_K = 65535;
const kll_FLAG_EMPTY = 1;
const FLAG_LEVEL_ZERO_SORTED = 2;
const FLAG_SINGLE_ITEM = 4;
const PREAMBLE_INTS_SHORT = 2;
const PREAMBLE_INTS_FULL = 5;
const SERIAL_VERSION_FULL = 1;
const SERIAL_VERSION_SINGLE = 2;
const ITEM_BYTES = { double: 8, float: 4, long: 8 };
class KllSketch {
    k;
    m;
    itemType;
    /** The smallest k of any sketch merged in; it sets the error bound. */
    minK;
    n = 0;
    numLevels = 1;
    /** Start of each level in `items`, bottom first, plus the end of the top level (the capacity). */
    levels;
    items;
    min = Number.NaN;
    max = Number.NaN;
    levelZeroSorted = false;
    random;
    constructor(options = {}) {
        const k = options.k ?? KLL_DEFAULT_K;
        if (!Number.isInteger(k) || k < MIN_K || k > MAX_K) {
            throw new RangeError(`KLL k must be an integer from ${MIN_K} to ${MAX_K}, got ${k}`);
        }
        this.k = k;
        this.m = DEFAULT_M;
        this.minK = k;
        this.itemType = options.itemType ?? 'double';
        this.random = options.random ?? Math.random;
        this.levels = [k, k];
        this.items = new Float64Array(k);
    }
    isEmpty() {
        return this.n === 0;
    }
    /** Past the first compaction the sketch estimates; before it every item is kept. */
    isEstimationMode() {
        return this.numLevels > 1;
    }
    retained() {
        return this.levels[this.numLevels] - this.levels[0];
    }
    /** The normalised rank error of this sketch at 99% confidence (for a single rank, or the PMF). */
    rankError(pmf = false) {
        return normalizedRankError(this.minK, pmf);
    }
    /** Adds one item. NaN is ignored, as DataSketches does; a float is rounded to single precision. */
    update(value) {
        if (Number.isNaN(value))
            return;
        const item = this.itemType === 'float' ? Math.fround(value) : value;
        if (this.itemType === 'long' && !Number.isSafeInteger(item)) {
            throw new RangeError(`a KLL sketch of longs takes integers within ±2^53, got ${value}`);
        }
        if (this.n === 0) {
            this.min = item;
            this.max = item;
        }
        else {
            if (item < this.min)
                this.min = item;
            if (item > this.max)
                this.max = item;
        }
        this.items[this.nextSlot()] = item;
    }
    /** Adds every item of `other` (same item type and m), so this becomes a sketch of the union. */
    merge(other) {
        if (other.isEmpty())
            return;
        if (other.itemType !== this.itemType) {
            throw new RangeError(`cannot merge a KLL sketch of ${other.itemType}s into one of ${this.itemType}s`);
        }
        if (other.m !== this.m)
            throw new RangeError(`cannot merge KLL sketches of m ${other.m} and ${this.m}`);
        if (this.isEmpty()) {
            this.min = other.min;
            this.max = other.max;
        }
        else {
            this.min = Math.min(this.min, other.min);
            this.max = Math.max(this.max, other.max);
        }
        const finalN = this.n + other.n;
        for (let i = other.levels[0]; i < other.levels[1]; i++)
            this.items[this.nextSlot()] = other.items[i];
        if (other.numLevels >= 2)
            this.mergeHigherLevels(other);
        this.n = finalN;
        if (other.isEstimationMode())
            this.minK = Math.min(this.minK, other.minK);
    }
    /** The items with their weights (2^level), sorted by item: what rank and quantile queries read. */
    sortedView() {
        const count = this.retained();
        const pairs = new Array(count);
        let p = 0;
        for (let level = 0; level < this.numLevels; level++) {
            const weight = 2 ** level;
            for (let i = this.levels[level]; i < this.levels[level + 1]; i++)
                pairs[p++] = [this.items[i], weight];
        }
        pairs.sort((a, b) => a[0] - b[0]);
        const items = new Float64Array(count);
        const cumulative = new Float64Array(count);
        let total = 0;
        for (let i = 0; i < count; i++) {
            items[i] = pairs[i][0];
            total += pairs[i][1];
            cumulative[i] = total;
        }
        return { items, cumulative };
    }
    /** Estimated share of items <= value (inclusive), in [0, 1]. NaN for an empty sketch. */
    rank(value) {
        if (this.isEmpty())
            return Number.NaN;
        const { items, cumulative } = this.sortedView();
        let lo = 0;
        let hi = items.length;
        while (lo < hi) {
            const mid = (lo + hi) >>> 1;
            if (items[mid] <= value)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo === 0 ? 0 : cumulative[lo - 1] / this.n;
    }
    /**
     * The smallest retained item whose inclusive rank reaches `rank`; the exact min and max at ranks 0 and 1
     * (the sketch keeps both whatever it compacts); NaN for an empty sketch.
     */
    quantile(rank) {
        if (!(rank >= 0 && rank <= 1))
            throw new RangeError(`a rank is in [0, 1], got ${rank}`);
        if (this.isEmpty())
            return Number.NaN;
        if (rank === 0)
            return this.min;
        if (rank === 1)
            return this.max;
        const { items, cumulative } = this.sortedView();
        const weight = Math.ceil(rank * this.n);
        let lo = 0;
        let hi = items.length - 1;
        while (lo < hi) {
            const mid = (lo + hi) >>> 1;
            if (cumulative[mid] < weight)
                lo = mid + 1;
            else
                hi = mid;
        }
        return items[lo];
    }
    // ---- serialization ----
    serialize() {
        const size = ITEM_BYTES[this.itemType];
        const out = new ByteWriter(8 + 12 + 4 * this.numLevels + size * (2 + this.retained()));
        const writeItem = (v) => {
            if (this.itemType === 'double')
                out.f64(v);
            else if (this.itemType === 'float')
                out.f32(v);
            else
                out.i64(BigInt(v));
        };
        const empty = this.isEmpty();
        const single = this.n === 1;
        const flags = (empty ? kll_FLAG_EMPTY : 0) |
            (single ? FLAG_SINGLE_ITEM : 0) |
            (this.levelZeroSorted ? FLAG_LEVEL_ZERO_SORTED : 0);
        out
            .u8(empty || single ? PREAMBLE_INTS_SHORT : PREAMBLE_INTS_FULL)
            .u8(single ? SERIAL_VERSION_SINGLE : SERIAL_VERSION_FULL)
            .u8(KLL_FAMILY)
            .u8(flags)
            .u16(this.k)
            .u8(this.m)
            .u8(0);
        if (empty)
            return out.bytes();
        if (single) {
            writeItem(this.items[this.levels[0]]);
            return out.bytes();
        }
        out.i64(this.n).u16(this.minK).u8(this.numLevels).u8(0);
        for (let level = 0; level < this.numLevels; level++)
            out.u32(this.levels[level]);
        writeItem(this.min);
        writeItem(this.max);
        for (let i = this.levels[0]; i < this.levels[this.numLevels]; i++)
            writeItem(this.items[i]);
        return out.bytes();
    }
    static deserialize(bytes, itemType, what = 'KLL sketch') {
        const r = new ByteReader(bytes, what);
        const preInts = r.u8(0, 'preamble ints');
        const serialVersion = r.u8(1, 'serial version');
        const family = r.u8(2, 'family');
        const flags = r.u8(3, 'flags');
        const k = r.u16(4, 'k');
        const m = r.u8(6, 'm');
        if (family !== KLL_FAMILY)
            throw new SketchFormatError(`${what}: family ${family} is not KLL (${KLL_FAMILY})`);
        if (m !== DEFAULT_M)
            throw new SketchFormatError(`${what}: m ${m} is not supported (only ${DEFAULT_M})`);
        if (k < MIN_K)
            throw new SketchFormatError(`${what}: k ${k} is below the minimum ${MIN_K}`);
        const empty = (flags & kll_FLAG_EMPTY) !== 0;
        const single = (flags & FLAG_SINGLE_ITEM) !== 0;
        const expected = empty
            ? [PREAMBLE_INTS_SHORT, SERIAL_VERSION_FULL]
            : single
                ? [PREAMBLE_INTS_SHORT, SERIAL_VERSION_SINGLE]
                : [PREAMBLE_INTS_FULL, SERIAL_VERSION_FULL];
        if (preInts !== expected[0] || serialVersion !== expected[1]) {
            throw new SketchFormatError(`${what}: preamble ints ${preInts} and serial version ${serialVersion} do not fit its flags (expected ${expected[0]} and ${expected[1]})`);
        }
        const sketch = new KllSketch({ k, itemType });
        sketch.levelZeroSorted = (flags & FLAG_LEVEL_ZERO_SORTED) !== 0;
        const size = ITEM_BYTES[itemType];
        const readItem = (offset, field) => {
            if (itemType === 'double')
                return r.f64(offset, field);
            if (itemType === 'float')
                return r.f32(offset, field);
            return r.safeI64(offset, field);
        };
        if (empty)
            return sketch;
        if (single) {
            const item = readItem(8, 'the single item');
            sketch.n = 1;
            sketch.min = item;
            sketch.max = item;
            sketch.levels = [k - 1, k];
            sketch.items[k - 1] = item;
            return sketch;
        }
        const n = r.safeI64(8, 'n');
        const minK = r.u16(16, 'min k');
        const numLevels = r.u8(18, 'number of levels');
        if (numLevels < 1)
            throw new SketchFormatError(`${what}: a full sketch has at least one level, found 0`);
        const capacity = totalCapacity(k, m, numLevels);
        const levels = [];
        for (let level = 0; level < numLevels; level++)
            levels.push(r.u32(20 + 4 * level, `level ${level} start`));
        levels.push(capacity);
        for (let level = 0; level < numLevels; level++) {
            if (levels[level] > levels[level + 1]) {
                throw new SketchFormatError(`${what}: level ${level} starts after the next level (${levels[level]} > ${levels[level + 1]})`);
            }
        }
        let offset = 20 + 4 * numLevels;
        sketch.min = readItem(offset, 'min');
        sketch.max = readItem(offset + size, 'max');
        offset += 2 * size;
        const items = new Float64Array(capacity);
        let weight = 0;
        for (let level = 0; level < numLevels; level++) {
            for (let i = levels[level]; i < levels[level + 1]; i++) {
                items[i] = readItem(offset, `item ${i - levels[0]}`);
                offset += size;
            }
            weight += (levels[level + 1] - levels[level]) * 2 ** level;
        }
        if (offset !== bytes.byteLength) {
            throw new SketchFormatError(`${what}: ${bytes.byteLength - offset} bytes follow the last item`);
        }
        if (weight !== n) {
            throw new SketchFormatError(`${what}: the retained items weigh ${weight}, but n is ${n}`);
        }
        sketch.n = n;
        sketch.minK = minK;
        sketch.numLevels = numLevels;
        sketch.levels = levels;
        sketch.items = items;
        return sketch;
    }
    // ---- compaction, as DataSketches does it, so that our sketches keep its invariants ----
    /** Makes room at the bottom level if needed, counts the item and returns the slot it goes to. */
    nextSlot() {
        if (this.levels[0] === 0)
            this.compressWhileUpdating();
        this.n++;
        this.levelZeroSorted = false;
        this.levels[0]--;
        return this.levels[0];
    }
    randomBit() {
        return this.random() < 0.5 ? 0 : 1;
    }
    compressWhileUpdating() {
        const level = this.levelToCompact();
        if (level === this.numLevels - 1)
            this.addEmptyTopLevel();
        const levels = this.levels;
        const items = this.items;
        const rawBeg = levels[level];
        const rawEnd = levels[level + 1];
        const popAbove = levels[level + 2] - rawEnd;
        const rawPop = rawEnd - rawBeg;
        const oddPop = rawPop % 2 === 1;
        const adjBeg = oddPop ? rawBeg + 1 : rawBeg;
        const adjPop = oddPop ? rawPop - 1 : rawPop;
        const halfAdjPop = adjPop / 2;
        if (level === 0 && !this.levelZeroSorted)
            items.subarray(adjBeg, adjBeg + adjPop).sort();
        if (popAbove === 0) {
            halveUp(items, adjBeg, adjPop, this.randomBit());
        }
        else {
            halveDown(items, adjBeg, adjPop, this.randomBit());
            mergeSortedInPlace(items, adjBeg, halfAdjPop, rawEnd, popAbove, adjBeg + halfAdjPop);
        }
        levels[level + 1] -= halfAdjPop;
        if (oddPop) {
            levels[level] = levels[level + 1] - 1;
            items[levels[level]] = items[rawBeg];
        }
        else {
            levels[level] = levels[level + 1];
        }
        if (level > 0) {
            const amount = rawBeg - levels[0];
            items.copyWithin(levels[0] + halfAdjPop, levels[0], levels[0] + amount);
            for (let lvl = 0; lvl < level; lvl++)
                levels[lvl] += halfAdjPop;
        }
    }
    levelToCompact() {
        for (let level = 0;; level++) {
            const pop = this.levels[level + 1] - this.levels[level];
            if (pop >= levelCapacity(this.k, this.numLevels, level, this.m))
                return level;
        }
    }
    addEmptyTopLevel() {
        const current = this.levels[this.numLevels];
        const delta = levelCapacity(this.k, this.numLevels + 1, 0, this.m);
        const grown = new Float64Array(current + delta);
        grown.set(this.items.subarray(this.levels[0], current), this.levels[0] + delta);
        this.items = grown;
        for (let i = 0; i <= this.numLevels; i++)
            this.levels[i] += delta;
        this.levels.push(current + delta);
        this.numLevels++;
    }
    levelSize(level) {
        return level >= this.numLevels ? 0 : this.levels[level + 1] - this.levels[level];
    }
    /** Merges levels 1 and up of `other` into this (level 0 was added item by item), then compacts. */
    mergeHigherLevels(other) {
        const provisional = Math.max(this.numLevels, other.numLevels);
        const work = new Float64Array(this.retained() + (other.retained() - other.levelSize(0)) + 1);
        const inLevels = new Array(provisional + 2).fill(0);
        const zero = this.levelSize(0);
        work.set(this.items.subarray(this.levels[0], this.levels[0] + zero), 0);
        inLevels[1] = zero;
        for (let level = 1; level < provisional; level++) {
            const mine = this.levelSize(level);
            const theirs = other.levelSize(level);
            const at = inLevels[level];
            inLevels[level + 1] = at + mine + theirs;
            mergeSorted(this.items.subarray(this.levels[level] ?? 0, (this.levels[level] ?? 0) + mine), other.items.subarray(other.levels[level] ?? 0, (other.levels[level] ?? 0) + theirs), work, at);
        }
        const result = generalCompress(this.k, this.m, provisional, work, inLevels, this.levelZeroSorted, () => this.randomBit());
        const items = new Float64Array(result.capacity);
        const freeAtBottom = result.capacity - result.count;
        items.set(work.subarray(result.outLevels[0], result.outLevels[0] + result.count), freeAtBottom);
        const shift = freeAtBottom - result.outLevels[0];
        this.items = items;
        this.levels = result.outLevels.slice(0, result.numLevels + 1).map((start) => start + shift);
        this.numLevels = result.numLevels;
    }
}
/** Keeps every other item of a sorted run, starting at a random one of the first two, packed at the top. */
function halveUp(items, start, length, offset) {
    const half = length / 2;
    let j = start + length - 1 - offset;
    for (let i = start + length - 1; i >= start + half; i--) {
        items[i] = items[j];
        j -= 2;
    }
}
/** Keeps every other item of a sorted run, starting at a random one of the first two, packed at the bottom. */
function halveDown(items, start, length, offset) {
    const half = length / 2;
    let j = start + offset;
    for (let i = start; i < start + half; i++) {
        items[i] = items[j];
        j += 2;
    }
}
/** Merges two sorted runs of one buffer into a third place of it that never overtakes unread items. */
function mergeSortedInPlace(items, startA, lengthA, startB, lengthB, startC) {
    const endA = startA + lengthA;
    const endB = startB + lengthB;
    let a = startA;
    let b = startB;
    let c = startC;
    while (a < endA && b < endB)
        items[c++] = items[a] <= items[b] ? items[a++] : items[b++];
    while (a < endA)
        items[c++] = items[a++];
    while (b < endB)
        items[c++] = items[b++];
}
function mergeSorted(a, b, out, at) {
    let i = 0;
    let j = 0;
    let c = at;
    while (i < a.length && j < b.length)
        out[c++] = a[i] <= b[j] ? a[i++] : b[j++];
    while (i < a.length)
        out[c++] = a[i++];
    while (j < b.length)
        out[c++] = b[j++];
}
/**
 * DataSketches' general compression: walks the levels bottom up and compacts each level that is over
 * its capacity while the sketch as a whole is over its capacity, adding levels as the top overflows.
 */
function generalCompress(k, m, numLevelsIn, items, inLevels, levelZeroSorted, randomBit) {
    let numLevels = numLevelsIn;
    let count = inLevels[numLevels] - inLevels[0];
    let target = totalCapacity(k, m, numLevels);
    const outLevels = [0];
    for (let level = 0;; level++) {
        if (level === numLevels - 1)
            inLevels[level + 2] = inLevels[level + 1];
        const rawBeg = inLevels[level];
        const rawLim = inLevels[level + 1];
        const rawPop = rawLim - rawBeg;
        if (count < target || rawPop < levelCapacity(k, numLevels, level, m)) {
            items.copyWithin(outLevels[level], rawBeg, rawLim);
            outLevels[level + 1] = outLevels[level] + rawPop;
        }
        else {
            const popAbove = inLevels[level + 2] - rawLim;
            const oddPop = rawPop % 2 === 1;
            const adjBeg = oddPop ? rawBeg + 1 : rawBeg;
            const adjPop = oddPop ? rawPop - 1 : rawPop;
            const halfAdjPop = adjPop / 2;
            if (oddPop) {
                items[outLevels[level]] = items[rawBeg];
                outLevels[level + 1] = outLevels[level] + 1;
            }
            else {
                outLevels[level + 1] = outLevels[level];
            }
            if (level === 0 && !levelZeroSorted)
                items.subarray(adjBeg, adjBeg + adjPop).sort();
            if (popAbove === 0) {
                halveUp(items, adjBeg, adjPop, randomBit());
            }
            else {
                halveDown(items, adjBeg, adjPop, randomBit());
                mergeSortedInPlace(items, adjBeg, halfAdjPop, rawLim, popAbove, adjBeg + halfAdjPop);
            }
            count -= halfAdjPop;
            inLevels[level + 1] -= halfAdjPop;
            if (level === numLevels - 1) {
                numLevels++;
                target += levelCapacity(k, numLevels, 0, m);
            }
        }
        if (level === numLevels - 1)
            break;
    }
    return { numLevels, capacity: target, count, outLevels };
}

;// CONCATENATED MODULE: ./packages/sketches/src/frequent-items.ts
/**
 * The frequent items sketch of Apache DataSketches (Misra-Gries with a reverse-purge map), bit-compatible
 * with its serialization, for longs and UTF-8 strings: what a category column's heavy hitters look like
 * once there are too many distinct values to count exactly.
 *
 * Layout (little-endian), as frequent_items_sketch_impl.hpp / frequencies PreambleUtil define it:
 *   byte 0 preamble longs (1 empty, 4 otherwise)   byte 1 serial version (1)   byte 2 family (10)
 *   byte 3 lg of the maximum map size   byte 4 lg of the current map size   byte 5 flags (empty: 5)
 *   bytes 6-7 unused; empty: nothing more.
 *   bytes 8-11 number of active items A, 12-15 unused, 16-23 total stream weight, 24-31 offset (the
 *   maximum error), then A weights (int64), then A items (int64, or uint32 length + UTF-8 bytes).
 * Entries keep the order they were read in, so a decoded sketch encodes back to the same bytes.
 */

const FREQUENT_ITEMS_FAMILY = 10;
const SERIAL_VERSION = 1;
const PREAMBLE_LONGS_EMPTY = 1;
const PREAMBLE_LONGS_FULL = 4;
const frequent_items_FLAG_EMPTY = 5;
const LG_MIN_MAP_SIZE = 3;
const LOAD_FACTOR = 0.75;
const SAMPLE_SIZE = 1024;
class FrequentItemsSketch {
    itemType;
    lgMaxMapSize;
    lgCurMapSize = LG_MIN_MAP_SIZE;
    /** Total weight of every update, kept or purged. */
    streamWeight = 0;
    /** Sum of the weights purged from every kept item: the largest amount any estimate can be off by. */
    offset = 0;
    entries = new Map();
    constructor(itemType, lgMaxMapSize = 6) {
        if (!Number.isInteger(lgMaxMapSize) || lgMaxMapSize < LG_MIN_MAP_SIZE || lgMaxMapSize > 30) {
            throw new RangeError(`lg of the maximum map size must be an integer from 3 to 30, got ${lgMaxMapSize}`);
        }
        this.itemType = itemType;
        this.lgMaxMapSize = lgMaxMapSize;
    }
    isEmpty() {
        return this.entries.size === 0;
    }
    /** How many items the map holds at most before it purges. */
    maximumMapCapacity() {
        return Math.floor(LOAD_FACTOR * 2 ** this.lgMaxMapSize);
    }
    update(item, weight = 1) {
        if (!Number.isSafeInteger(weight) || weight < 0)
            throw new RangeError(`a weight is a whole number >= 0, got ${weight}`);
        if (weight === 0)
            return;
        this.streamWeight += weight;
        this.entries.set(item, (this.entries.get(item) ?? 0) + weight);
        if (this.entries.size > Math.floor(LOAD_FACTOR * 2 ** this.lgCurMapSize)) {
            if (this.lgCurMapSize < this.lgMaxMapSize)
                this.lgCurMapSize++;
            else
                this.offset += this.purge();
        }
    }
    /** Adds `other`'s items and its error, so this estimates the union of both streams. */
    merge(other) {
        if (other.itemType !== this.itemType)
            throw new RangeError('cannot merge frequent items sketches of different item types');
        if (other.isEmpty())
            return;
        const streamWeight = this.streamWeight + other.streamWeight;
        for (const [item, weight] of other.entries)
            this.update(item, weight);
        this.offset += other.offset;
        this.streamWeight = streamWeight;
    }
    /** Subtracts the median of (up to 1,024) kept weights from every weight and drops those left at 0 or below. */
    purge() {
        const sample = [...this.entries.values()].slice(0, Math.min(SAMPLE_SIZE, this.maximumMapCapacity()));
        sample.sort((a, b) => a - b);
        const median = sample[Math.floor(sample.length / 2)];
        for (const [item, weight] of this.entries) {
            if (weight <= median)
                this.entries.delete(item);
            else
                this.entries.set(item, weight - median);
        }
        return median;
    }
    /** Estimated weight of `item`: its kept weight plus the maximum error; 0 if it is not kept. */
    estimate(item) {
        const weight = this.entries.get(item);
        return weight === undefined ? 0 : weight + this.offset;
    }
    lowerBound(item) {
        return this.entries.get(item) ?? 0;
    }
    upperBound(item) {
        return (this.entries.get(item) ?? 0) + this.offset;
    }
    maximumError() {
        return this.offset;
    }
    /**
     * Items whose weight may exceed `threshold` (default the maximum error), heaviest first:
     * 'no-false-positives' keeps those whose lower bound exceeds it, 'no-false-negatives' those whose
     * upper bound does.
     */
    frequentItems(errorType, threshold = this.offset) {
        const rows = [];
        for (const [item, weight] of this.entries) {
            const bound = errorType === 'no-false-positives' ? weight : weight + this.offset;
            if (bound > threshold)
                rows.push({
                    item,
                    estimate: weight + this.offset,
                    lowerBound: weight,
                    upperBound: weight + this.offset,
                });
        }
        return rows.sort((a, b) => b.estimate - a.estimate);
    }
    serialize() {
        const out = new ByteWriter();
        const empty = this.isEmpty();
        out
            .u8(empty ? PREAMBLE_LONGS_EMPTY : PREAMBLE_LONGS_FULL)
            .u8(SERIAL_VERSION)
            .u8(FREQUENT_ITEMS_FAMILY)
            .u8(this.lgMaxMapSize)
            .u8(this.lgCurMapSize)
            .u8(empty ? frequent_items_FLAG_EMPTY : 0)
            .u16(0);
        if (empty)
            return out.bytes();
        out.u32(this.entries.size).u32(0).i64(this.streamWeight).i64(this.offset);
        for (const weight of this.entries.values())
            out.i64(weight);
        const encoder = new TextEncoder();
        for (const item of this.entries.keys()) {
            if (this.itemType === 'long')
                out.i64(item);
            else {
                const utf8 = encoder.encode(item);
                out.u32(utf8.byteLength).raw(utf8);
            }
        }
        return out.bytes();
    }
    static deserialize(bytes, itemType, what = 'frequent items sketch') {
        const r = new ByteReader(bytes, what);
        const preLongs = r.u8(0, 'preamble longs');
        const serialVersion = r.u8(1, 'serial version');
        const family = r.u8(2, 'family');
        const lgMax = r.u8(3, 'lg max map size');
        const lgCur = r.u8(4, 'lg current map size');
        const flags = r.u8(5, 'flags');
        if (family !== FREQUENT_ITEMS_FAMILY) {
            throw new SketchFormatError(`${what}: family ${family} is not frequent items (${FREQUENT_ITEMS_FAMILY})`);
        }
        if (serialVersion !== SERIAL_VERSION)
            throw new SketchFormatError(`${what}: serial version ${serialVersion} is not 1`);
        if (lgCur > lgMax || lgCur < LG_MIN_MAP_SIZE) {
            throw new SketchFormatError(`${what}: lg current map size ${lgCur} is outside 3..${lgMax}`);
        }
        const sketch = new FrequentItemsSketch(itemType, lgMax);
        sketch.lgCurMapSize = lgCur;
        const empty = (flags & frequent_items_FLAG_EMPTY) !== 0;
        if (preLongs !== (empty ? PREAMBLE_LONGS_EMPTY : PREAMBLE_LONGS_FULL)) {
            throw new SketchFormatError(`${what}: preamble longs ${preLongs} does not fit an ${empty ? 'empty' : 'non-empty'} sketch`);
        }
        if (empty)
            return sketch;
        const active = r.u32(8, 'number of active items');
        if (active > Math.floor(LOAD_FACTOR * 2 ** lgCur)) {
            throw new SketchFormatError(`${what}: ${active} active items do not fit a map of size 2^${lgCur}`);
        }
        sketch.streamWeight = r.safeI64(16, 'stream weight');
        sketch.offset = r.safeI64(24, 'offset');
        const weights = [];
        let offset = 32;
        for (let i = 0; i < active; i++, offset += 8)
            weights.push(r.safeI64(offset, `weight ${i}`));
        const decoder = new TextDecoder('utf-8', { fatal: true });
        for (let i = 0; i < active; i++) {
            let item;
            if (itemType === 'long') {
                item = r.i64(offset, `item ${i}`);
                offset += 8;
            }
            else {
                const length = r.u32(offset, `length of item ${i}`);
                r.need(offset + 4, length, `item ${i}`);
                try {
                    item = decoder.decode(bytes.subarray(offset + 4, offset + 4 + length));
                }
                catch {
                    throw new SketchFormatError(`${what}: item ${i} is not valid UTF-8`);
                }
                offset += 4 + length;
            }
            if (sketch.entries.has(item))
                throw new SketchFormatError(`${what}: item ${i} appears twice`);
            sketch.entries.set(item, weights[i]);
        }
        if (offset !== bytes.byteLength)
            throw new SketchFormatError(`${what}: ${bytes.byteLength - offset} bytes follow the last item`);
        return sketch;
    }
}

;// CONCATENATED MODULE: ./packages/stats/src/random.ts
/**
 * A small seeded generator for the bootstrap, so a report made twice from the same data shows the same
 * intervals. mulberry32: 32 bits of state, period 2^32, good enough to pick resampling positions.
 */
function randomState(seed) {
    return { state: seed >>> 0 };
}
/** The next uniform number in [0, 1) from `g`, advancing it. */
function nextUniform(g) {
    g.state = (g.state + 0x6d2b79f5) | 0;
    let t = Math.imul(g.state ^ (g.state >>> 15), 1 | g.state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
/** A seeded generator as a function, for callers that want one number at a time. */
function seededRandom(seed) {
    const g = randomState(seed);
    return () => nextUniform(g);
}
/**
 * One bootstrap resample as draw counts: n = weights.length draws of a position in [0, n) with
 * replacement; weights[i] becomes how often position i was drawn. The draws are exactly those of
 * floor(nextUniform(g) * n), with the generator's steps written out here because this loop runs a
 * million times per resample on large data.
 */
function drawCounts(g, weights) {
    const n = weights.length;
    weights.fill(0);
    let state = g.state;
    for (let j = 0; j < n; j++) {
        state = (state + 0x6d2b79f5) | 0;
        let t = Math.imul(state ^ (state >>> 15), 1 | state);
        t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
        weights[Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n)]++;
    }
    g.state = state;
}

;// CONCATENATED MODULE: ./packages/stats/src/moments.ts
/**
 * Count, mean and M2 (the sum of squared deviations from the mean) of a sample, built value by value
 * (Welford) and merged across parts (Chan, Golub and LeVeque 1979):
 *   n = na + nb,  delta = mean_b - mean_a,  mean = mean_a + delta * nb / n,
 *   M2 = M2_a + M2_b + delta^2 * na * nb / n.
 * The variance is M2 / n (population, ddof 0) or M2 / (n - 1) (sample). Deviations are taken in units of
 * a power of two at least the largest magnitude seen (`scale`), and m2 is kept in units of scale^2, so
 * neither a difference nor a square overflows for data near ±1e308.
 */
function emptyMoments() {
    return { count: 0, mean: 0, m2: 0, scale: 1, min: Number.POSITIVE_INFINITY, max: Number.NEGATIVE_INFINITY };
}
/** A power of two near |value| (at most 2^1023, so it stays finite): |value| / it is at most 2. */
function powerOfTwoAbove(value) {
    return 2 ** Math.min(1023, Math.ceil(Math.log2(Math.abs(value))));
}
/** Brings `m` to a larger power-of-two `scale` (M2 is held in units of scale²). */
function rescaleMoments(m, scale) {
    if (scale <= m.scale)
        return;
    const ratio = m.scale / scale;
    m.m2 *= ratio * ratio;
    m.scale = scale;
}
/** Adds one finite value to `m` in place. */
function addValue(m, value) {
    if (Math.abs(value) > m.scale)
        rescaleMoments(m, powerOfTwoAbove(value));
    m.count++;
    const s = m.scale;
    // Deviations are taken in scaled units: value - mean itself can overflow near ±1e308.
    const before = value / s - m.mean / s;
    m.mean += (before / m.count) * s;
    m.m2 += before * (value / s - m.mean / s);
    if (value < m.min)
        m.min = value;
    if (value > m.max)
        m.max = value;
}
/** The moments of the union of the samples behind `a` and `b`. */
function mergeMoments(a, b) {
    if (b.count === 0)
        return { ...a };
    if (a.count === 0)
        return { ...b };
    const scale = Math.max(a.scale, b.scale);
    const left = { ...a };
    const right = { ...b };
    rescaleMoments(left, scale);
    rescaleMoments(right, scale);
    const count = a.count + b.count;
    const d = b.mean / scale - a.mean / scale;
    const mean = a.mean + d * (b.count / count) * scale;
    const m2 = left.m2 + right.m2 + d * d * ((a.count * b.count) / count);
    return { count, mean, m2, scale, min: Math.min(a.min, b.min), max: Math.max(a.max, b.max) };
}
/** Population variance (M2 / n); NaN for an empty sample. Infinity only when the true variance overflows. */
function populationVariance(m) {
    return m.count === 0 ? Number.NaN : (m.m2 / m.count) * m.scale * m.scale;
}
/** Population standard deviation, computed without overflowing where the deviation itself is finite. */
function populationStdOf(m) {
    return m.count === 0 ? Number.NaN : Math.sqrt(m.m2 / m.count) * m.scale;
}

;// CONCATENATED MODULE: ./packages/profile/src/numeric-moments.ts
/**
 * A numeric column's count, mean and M2, kept so that a large common offset costs no precision.
 *
 * @modelgate/stats' Welford update rounds the running mean to a double: at 1.7e15 (epoch microseconds)
 * that is a quarter, and every deviation taken from it carries that error, so the standard deviation of
 * 1.7e15 + U(0, 100) came out 0.2% off. Here the mean is a pair, `moments.mean` (the double nearest the
 * mean, what every reader takes) and `meanLow` (what that double rounded off), so deviations are taken
 * from the mean to about twice a double's precision: a value near the mean minus `moments.mean` is exact
 * (Sterbenz), and only then is `meanLow` taken off. Chan's merge takes the shards' difference of means
 * the same way, so shards merge as precisely as the rows add up. M2 keeps its meaning (the sum of squared
 * deviations from the mean, in units of scale²), so the file stays readable by anything that ignores
 * `meanLow`.
 */

function emptyPreciseMoments() {
    return { moments: emptyMoments(), meanLow: 0 };
}
/** a + b as the double nearest it and the exact rest (Knuth's TwoSum). */
function twoSum(a, b) {
    const sum = a + b;
    const bPart = sum - a;
    return [sum, a - (sum - bPart) + (b - bPart)];
}
const SPLIT = 2 ** 27 + 1;
/** a × b as the double nearest it and the exact rest (Dekker's TwoProduct, with Veltkamp's split). */
function twoProduct(a, b) {
    const product = a * b;
    const ca = SPLIT * a;
    const aHigh = ca - (ca - a);
    const aLow = a - aHigh;
    const cb = SPLIT * b;
    const bHigh = cb - (cb - b);
    const bLow = b - bHigh;
    return [product, aHigh * bHigh - product + aHigh * bLow + aLow * bHigh + aLow * bLow];
}
/** (high + low) / n as a double-double; n a count. */
function divide(high, low, n) {
    const q = high / n;
    const [p, pLow] = twoProduct(q, n);
    return [q, (high - p - pLow + low) / n];
}
/**
 * Sets the mean to (mean + meanLow) / scale + step (all in units of `scale`): the double nearest it in
 * moments.mean, the rest in meanLow.
 */
function addToMean(p, scale, step, stepLow) {
    const [sum, rest] = twoSum(p.moments.mean / scale, step);
    // TwoSum again, not the cheaper Fast2Sum: near a mean of 0 the rest may outweigh the sum.
    const [high, low] = twoSum(sum, rest + p.meanLow / scale + stepLow);
    p.moments.mean = high * scale;
    p.meanLow = low * scale;
}
/** Adds one finite value in place. */
function addPrecise(p, value) {
    const m = p.moments;
    if (Math.abs(value) > m.scale)
        rescaleMoments(m, powerOfTwoAbove(value));
    m.count++;
    const s = m.scale;
    // In units of the scale (a power of two, so exact), as nothing may overflow near ±1e308.
    const x = value / s;
    const [before, rest] = twoSum(x, -m.mean / s);
    const beforeLow = rest - p.meanLow / s;
    const [step, stepLow] = divide(before, beforeLow, m.count);
    addToMean(p, s, step, stepLow);
    m.m2 += (before + beforeLow) * (x - m.mean / s - p.meanLow / s);
    if (value < m.min)
        m.min = value;
    if (value > m.max)
        m.max = value;
}
/** The moments of the union of the samples behind `a` and `b` (Chan, Golub and LeVeque). */
function mergePrecise(a, b) {
    if (b.moments.count === 0)
        return { moments: { ...a.moments }, meanLow: a.meanLow };
    if (a.moments.count === 0)
        return { moments: { ...b.moments }, meanLow: b.meanLow };
    const scale = Math.max(a.moments.scale, b.moments.scale);
    const left = { ...a.moments };
    const right = { ...b.moments };
    rescaleMoments(left, scale);
    rescaleMoments(right, scale);
    const count = left.count + right.count;
    const [d, rest] = twoSum(right.mean / scale, -left.mean / scale);
    const dLow = rest + (b.meanLow / scale - a.meanLow / scale);
    const [shift, shiftRest] = twoProduct(d, right.count);
    const [step, stepLow] = divide(shift, shiftRest + dLow * right.count, count);
    const delta = d + dLow;
    const merged = {
        moments: {
            count,
            mean: left.mean,
            m2: left.m2 + right.m2 + delta * delta * ((left.count * right.count) / count),
            scale,
            min: Math.min(left.min, right.min),
            max: Math.max(left.max, right.max),
        },
        meanLow: a.meanLow,
    };
    addToMean(merged, scale, step, stepLow);
    return merged;
}

;// CONCATENATED MODULE: ./packages/profile/src/column-profile.ts
/**
 * The profile of one column: what the gates need to know about it without its rows, in parts that merge.
 *
 * - counts: rows, missing cells, cells that did not parse as the column's type, rows per type read.
 * - numbers: count, mean, M2, min and max (exact; Chan's merge; the mean to twice a double's precision, see
 *   numeric-moments.ts), a KLL sketch of the finite values
 *   (quantiles within its stated rank error), and the exact count of each value while there are at most
 *   VALUE_CAP distinct ones (class labels, small integers), dropped past that.
 * - text: the exact count of each category up to CATEGORY_CAP distinct ones, then a frequent items sketch
 *   (the exact counts so far go in with their weights; from then on counts carry its maximum error).
 * - distinct values: an HLL sketch (lg K 12, HLL_8): integers hashed as DataSketches hashes a long, other
 *   numbers as their IEEE bits (DataSketches' update(double)), text as UTF-8, so Spark's
 *   hll_sketch_agg over the same data agrees.
 */



const VALUE_CAP = 1000;
const CATEGORY_CAP = 10_000;
const FREQUENT_LG_MAX_MAP = 12;
const HLL_LG_K = 12;
/**
 * KLL compaction keeps a random half; a fixed seed makes a profile of the same rows the same bytes, so its
 * content address names the data, not the run.
 */
const KLL_SEED = 0x5eed;
/** `kllK`: the quantile sketch's k; a larger k narrows its rank error (about 1.3% at 200, 0.15% at 2,000). */
function emptyColumnProfile(name, kind, kllK = KLL_DEFAULT_K) {
    return {
        name,
        kind,
        types: {},
        rows: 0,
        missing: 0,
        invalid: 0,
        numeric: kind === 'numeric'
            ? {
                ...emptyPreciseMoments(),
                kll: new KllSketch({ k: kllK, random: seededRandom(KLL_SEED) }),
                values: new Map(),
            }
            : null,
        categories: kind === 'categorical' ? { exact: new Map(), frequent: null, total: 0 } : null,
        distinct: new HllSketch(HLL_LG_K, 'HLL_8'),
    };
}
const bits = new DataView(new ArrayBuffer(8));
/** Adds one finite number. `integer` says the column was read as integers (hashed as longs). */
function addNumber(profile, value, integer) {
    const part = profile.numeric;
    addPrecise(part, value);
    part.kll.update(value);
    if (part.values) {
        part.values.set(value, (part.values.get(value) ?? 0) + 1);
        if (part.values.size > VALUE_CAP)
            part.values = null;
    }
    const distinct = profile.distinct;
    if (integer && Number.isSafeInteger(value))
        distinct.updateLong(value);
    else {
        bits.setFloat64(0, value === 0 ? 0 : value, true);
        distinct.updateLong(bits.getBigInt64(0, true));
    }
}
/** Adds `count` cells holding `category`. */
function addCategory(profile, category, count) {
    const part = profile.categories;
    part.total += count;
    profile.distinct.updateString(category);
    if (part.exact) {
        part.exact.set(category, (part.exact.get(category) ?? 0) + count);
        if (part.exact.size > CATEGORY_CAP) {
            part.frequent = new FrequentItemsSketch('string', FREQUENT_LG_MAX_MAP);
            for (const [item, weight] of part.exact)
                part.frequent.update(item, weight);
            part.exact = null;
        }
    }
    else {
        part.frequent.update(category, count);
    }
}
function mergeCounts(a, b, cap) {
    if (!a || !b)
        return null;
    const merged = new Map(a);
    for (const [key, count] of b)
        merged.set(key, (merged.get(key) ?? 0) + count);
    return merged.size > cap ? null : merged;
}
function mergeCategories(a, b) {
    const exact = mergeCounts(a.exact, b.exact, CATEGORY_CAP);
    if (exact)
        return { exact, frequent: null, total: a.total + b.total };
    const frequent = new FrequentItemsSketch('string', FREQUENT_LG_MAX_MAP);
    for (const part of [a, b]) {
        if (part.exact)
            for (const [item, weight] of part.exact)
                frequent.update(item, weight);
        else
            frequent.merge(part.frequent);
    }
    return { exact: null, frequent, total: a.total + b.total };
}
/**
 * The profile of the union of both columns' rows. A column read as numbers in one part and as text in
 * another cannot be merged: the caller says which, with column-types, so every shard reads it alike.
 */
function mergeColumnProfiles(a, b) {
    if (a.kind !== b.kind) {
        throw new RangeError(`column "${a.name}" was read as ${a.kind} in one profile and as ${b.kind} in another; set column-types so every shard reads it the same way`);
    }
    const types = { ...a.types };
    for (const [type, rows] of Object.entries(b.types))
        types[type] = (types[type] ?? 0) + rows;
    let distinct = null;
    if (a.distinct && b.distinct) {
        distinct = new HllSketch(Math.min(a.distinct.lgK, b.distinct.lgK), 'HLL_8');
        distinct.merge(a.distinct);
        distinct.merge(b.distinct);
    }
    let numeric = null;
    if (a.numeric && b.numeric) {
        const kll = new KllSketch({ k: a.numeric.kll.k, random: seededRandom(KLL_SEED) });
        kll.merge(a.numeric.kll);
        kll.merge(b.numeric.kll);
        numeric = {
            ...mergePrecise(a.numeric, b.numeric),
            kll,
            values: mergeCounts(a.numeric.values, b.numeric.values, VALUE_CAP),
        };
    }
    return {
        name: a.name,
        kind: a.kind,
        types,
        rows: a.rows + b.rows,
        missing: a.missing + b.missing,
        invalid: a.invalid + b.invalid,
        numeric,
        categories: a.categories && b.categories ? mergeCategories(a.categories, b.categories) : null,
        distinct,
    };
}

;// CONCATENATED MODULE: ./packages/profile/src/dataset-profile.ts
/**
 * A dataset's profile: one ColumnProfile per column plus the row counts, and its file format.
 *
 * The file is JSON (so a person, jq and a Spark job can read and write it), the sketches inside as
 * base64 of Apache DataSketches' own binary serialization:
 *
 *   { "format": "modelgate-profile", "version": 1, "digest": "sha256:<hex>",
 *     "rows": 1000, "unreadableRows": 0, "sources": [{ "file": "a.csv", "rows": 1000 }],
 *     "columns": [{ "name": "age", "kind": "numeric", "types": { "integer": 1000 },
 *                   "rows": 1000, "missing": 3, "invalid": 0,
 *                   "numeric": { "count": 997, "mean": 41.2, "meanLow": 1.4e-15, "m2": 1.5e5, "scale": 1,
 *                                "min": 18, "max": 90,
 *                                "kll": "<base64 KLL doubles>", "values": [[18, 4], ...] | null },
 *                   "categories": null,
 *                   "distinct": "<base64 HLL>" }, ...] }
 *
 * `categories` is { "total": n, "exact": [["red", 10], ...] | null, "frequent": "<base64 frequent items
 * (strings)>" | null }; `distinct` may be null (unknown); `meanLow` (what `mean` rounded off; see
 * numeric-moments.ts) is left out when 0. `digest` is the sha256 of the file written without it (keys in
 * this order, no spaces): the profile's content address. It is checked when present and may be left out
 * by a file assembled elsewhere. actions/profile-data/docs.md shows the Spark SQL that makes one.
 */




const PROFILE_FORMAT = 'modelgate-profile';
const PROFILE_VERSION = 1;
/**
 * How `b`'s columns differ from `a`'s, in the words the row readers use for two files of one dataset
 * (which they refuse); null when they have the same columns, or when either is the empty profile of a
 * shard without a file, which merges as nothing.
 */
function columnDifference(a, b) {
    const empty = (p) => p.rows === 0 && p.columns.length === 0;
    if (empty(a) || empty(b))
        return null;
    const expected = new Set(a.columns.map((c) => c.name));
    const found = new Set(b.columns.map((c) => c.name));
    const missing = [...expected].filter((n) => !found.has(n));
    const extra = [...found].filter((n) => !expected.has(n));
    const parts = [];
    if (missing.length > 0)
        parts.push(`missing ${listNames(missing)}`);
    if (extra.length > 0)
        parts.push(`has extra ${listNames(extra)}`);
    return parts.length > 0 ? parts.join('; ') : null;
}
/**
 * The profile of the union of both datasets' rows; columns match by name, in first-seen order. Both must
 * have the same columns: a column one shard lacks has no rows there to count as missing or not, and the
 * row readers refuse such files too.
 */
function mergeProfiles(a, b) {
    const difference = columnDifference(a, b);
    if (difference)
        throw new RangeError(`the second profile's columns differ from the first's: ${difference}`);
    const columns = new Map(a.columns.map((c) => [c.name, c]));
    for (const column of b.columns) {
        const mine = columns.get(column.name);
        columns.set(column.name, mine ? mergeColumnProfiles(mine, column) : column);
    }
    return {
        rows: a.rows + b.rows,
        unreadableRows: a.unreadableRows + b.unreadableRows,
        sources: [...a.sources, ...b.sources],
        columns: [...columns.values()],
    };
}
const base64 = (bytes) => Buffer.from(bytes).toString('base64');
function columnJson(c) {
    const numeric = c.numeric && {
        count: c.numeric.moments.count,
        mean: c.numeric.moments.mean,
        // Left out when 0, so that a file written without it (by Spark, say) has the same digest.
        meanLow: c.numeric.meanLow === 0 ? undefined : c.numeric.meanLow,
        m2: c.numeric.moments.m2,
        scale: c.numeric.moments.scale,
        min: c.numeric.moments.count > 0 ? c.numeric.moments.min : null,
        max: c.numeric.moments.count > 0 ? c.numeric.moments.max : null,
        kll: base64(c.numeric.kll.serialize()),
        values: c.numeric.values && [...c.numeric.values].sort((x, y) => x[0] - y[0]),
    };
    const categories = c.categories && {
        total: c.categories.total,
        exact: c.categories.exact && [...c.categories.exact].sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0)),
        frequent: c.categories.frequent && base64(c.categories.frequent.serialize()),
    };
    return {
        name: c.name,
        kind: c.kind,
        types: c.types,
        rows: c.rows,
        missing: c.missing,
        invalid: c.invalid,
        numeric,
        categories,
        distinct: c.distinct && base64(c.distinct.serialize()),
    };
}
function body(profile) {
    return JSON.stringify({
        format: PROFILE_FORMAT,
        version: PROFILE_VERSION,
        rows: profile.rows,
        unreadableRows: profile.unreadableRows,
        sources: profile.sources,
        columns: profile.columns.map(columnJson),
    });
}
function profileDigest(profile) {
    return `sha256:${(0,external_node_crypto_.createHash)('sha256').update(body(profile)).digest('hex')}`;
}
/** The profile file's text: the body with its digest after format and version. */
function encodeProfile(profile) {
    const digest = profileDigest(profile);
    return body(profile).replace(`"version":${PROFILE_VERSION},`, `"version":${PROFILE_VERSION},"digest":"${digest}",`);
}
class Reader {
    file;
    constructor(file) {
        this.file = file;
    }
    fail(where, expected) {
        throw new data_errors/* DataError */.f(this.file, `${where}: expected ${expected}`);
    }
    object(value, where) {
        if (typeof value !== 'object' || value === null || Array.isArray(value))
            this.fail(where, 'an object');
        return value;
    }
    count(value, where) {
        if (!Number.isSafeInteger(value) || value < 0)
            this.fail(where, 'a whole number >= 0');
        return value;
    }
    number(value, where) {
        if (typeof value !== 'number' || !Number.isFinite(value))
            this.fail(where, 'a finite number');
        return value;
    }
    text(value, where) {
        if (typeof value !== 'string')
            this.fail(where, 'a string');
        return value;
    }
    bytes(value, where) {
        const text = this.text(value, where);
        if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text))
            this.fail(where, 'base64 of a DataSketches sketch');
        return new Uint8Array(Buffer.from(text, 'base64'));
    }
    pairs(value, where, key) {
        if (value === null || value === undefined)
            return null;
        if (!Array.isArray(value))
            this.fail(where, 'an array of [value, count] pairs, or null');
        const map = new Map();
        value.forEach((pair, i) => {
            if (!Array.isArray(pair) || pair.length !== 2)
                this.fail(`${where}[${i}]`, 'a [value, count] pair');
            const k = key(pair[0], `${where}[${i}][0]`);
            if (map.has(k))
                this.fail(`${where}[${i}]`, 'each value once');
            map.set(k, this.count(pair[1], `${where}[${i}][1]`));
        });
        return map;
    }
    sketch(where, decode) {
        try {
            return decode();
        }
        catch (error) {
            throw new data_errors/* DataError */.f(this.file, `${where}: ${error.message}`);
        }
    }
}
function readColumn(r, value, where) {
    const c = r.object(value, where);
    const kind = c.kind;
    if (kind !== 'numeric' && kind !== 'categorical')
        r.fail(`${where}.kind`, '"numeric" or "categorical"');
    const types = r.object(c.types ?? {}, `${where}.types`);
    const column = {
        name: r.text(c.name, `${where}.name`),
        kind,
        types: Object.fromEntries(Object.entries(types).map(([t, n]) => [t, r.count(n, `${where}.types.${t}`)])),
        rows: r.count(c.rows, `${where}.rows`),
        missing: r.count(c.missing, `${where}.missing`),
        invalid: r.count(c.invalid ?? 0, `${where}.invalid`),
        numeric: null,
        categories: null,
        distinct: c.distinct === null || c.distinct === undefined
            ? null
            : r.sketch(`${where}.distinct`, () => HllSketch.deserialize(r.bytes(c.distinct, `${where}.distinct`), 'HLL sketch')),
    };
    if (kind === 'numeric') {
        const n = r.object(c.numeric, `${where}.numeric`);
        const count = r.count(n.count, `${where}.numeric.count`);
        const kll = r.sketch(`${where}.numeric.kll`, () => KllSketch.deserialize(r.bytes(n.kll, `${where}.numeric.kll`), 'double', 'KLL sketch'));
        if (kll.n !== count)
            r.fail(`${where}.numeric.kll`, `a sketch of count (${count}) values, it holds ${kll.n}`);
        const mean = count > 0 ? r.number(n.mean, `${where}.numeric.mean`) : 0;
        const meanLow = n.meanLow === undefined ? 0 : r.number(n.meanLow, `${where}.numeric.meanLow`);
        // More than the mean's rounding would move the mean itself, which only `mean` may say.
        if (Math.abs(meanLow) > Math.abs(mean) * Number.EPSILON) {
            r.fail(`${where}.numeric.meanLow`, `what the mean's double rounded off, at most |mean| × 2^-52, or 0`);
        }
        column.numeric = {
            meanLow,
            moments: {
                count,
                mean,
                m2: count > 0 ? r.number(n.m2, `${where}.numeric.m2`) : 0,
                scale: n.scale === undefined ? 1 : r.number(n.scale, `${where}.numeric.scale`),
                min: count > 0 ? r.number(n.min, `${where}.numeric.min`) : Number.POSITIVE_INFINITY,
                max: count > 0 ? r.number(n.max, `${where}.numeric.max`) : Number.NEGATIVE_INFINITY,
            },
            kll,
            values: r.pairs(n.values, `${where}.numeric.values`, (v, w) => r.number(v, w)),
        };
    }
    else {
        const p = r.object(c.categories, `${where}.categories`);
        const exact = r.pairs(p.exact, `${where}.categories.exact`, (v, w) => r.text(v, w));
        const frequent = p.frequent === null || p.frequent === undefined
            ? null
            : r.sketch(`${where}.categories.frequent`, () => FrequentItemsSketch.deserialize(r.bytes(p.frequent, `${where}.categories.frequent`), 'string'));
        if (!exact && !frequent)
            r.fail(`${where}.categories`, 'exact counts or a frequent items sketch');
        column.categories = { exact, frequent, total: r.count(p.total, `${where}.categories.total`) };
    }
    return column;
}
/** Reads a profile file's text; `file` names it in every error. */
function decodeProfile(text, file) {
    const r = new Reader(file);
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (error) {
        throw new data_errors/* DataError */.f(file, `not a profile: ${error.message}`);
    }
    const top = r.object(json, 'the file');
    if (top.format !== PROFILE_FORMAT)
        r.fail('format', `"${PROFILE_FORMAT}"`);
    if (top.version !== PROFILE_VERSION) {
        r.fail('version', `${PROFILE_VERSION} (this modelgate reads profile version ${PROFILE_VERSION} only)`);
    }
    if (!Array.isArray(top.columns))
        r.fail('columns', 'an array');
    if (!Array.isArray(top.sources ?? []))
        r.fail('sources', 'an array');
    const profile = {
        rows: r.count(top.rows, 'rows'),
        unreadableRows: r.count(top.unreadableRows ?? 0, 'unreadableRows'),
        sources: (top.sources ?? []).map((s, i) => {
            const source = r.object(s, `sources[${i}]`);
            return {
                file: r.text(source.file, `sources[${i}].file`),
                rows: r.count(source.rows, `sources[${i}].rows`),
            };
        }),
        columns: top.columns.map((c, i) => readColumn(r, c, `columns[${i}]`)),
    };
    const names = new Set();
    for (const column of profile.columns) {
        if (names.has(column.name))
            r.fail(`column "${column.name}"`, 'each column once');
        names.add(column.name);
        if (column.rows !== profile.rows)
            r.fail(`column "${column.name}".rows`, `the profile's rows (${profile.rows})`);
    }
    if (top.digest !== undefined && top.digest !== profileDigest(profile)) {
        throw new data_errors/* DataError */.f(file, 'its digest does not match its content: the profile was changed after it was written');
    }
    return profile;
}

;// CONCATENATED MODULE: ./packages/profile/src/read-profiles.ts
// Profiles given where a gate takes data, read as one dataset.



/** Profile files merged into one, in order; null for no file. A file that does not merge is named. */
async function mergeProfileFiles(files) {
    let merged = null;
    // The file whose columns the merge holds: the first that is not an empty shard's.
    let first = null;
    for (const file of files) {
        const profile = decodeProfile(await (0,promises_.readFile)(file, 'utf8'), file);
        const difference = merged && columnDifference(merged, profile);
        if (difference)
            throw new data_errors/* DataError */.f(file, `its columns differ from ${first}: ${difference}`);
        if (first === null && (profile.rows > 0 || profile.columns.length > 0))
            first = file;
        try {
            merged = merged ? mergeProfiles(merged, profile) : profile;
        }
        catch (error) {
            throw new data_errors/* DataError */.f(file, error.message);
        }
    }
    return merged;
}
/** The profiles (files, folders or globs) merged into one, and the files' names for messages. */
async function readProfiles(inputs) {
    const files = await resolveInputs([...inputs]);
    const merged = await mergeProfileFiles(files);
    const name = files.join(', ');
    // A profile of no rows is an unusable input, as a data file with no readable row is: never a pass.
    if (!merged || merged.rows === 0)
        throw new DataError(name, 'the profile holds no rows: nothing to check');
    return { profile: merged, name };
}

;// CONCATENATED MODULE: ./packages/profile/src/profile-chunks.ts
/** Builds a dataset's profile from the chunks the streaming readers yield: memory grows with columns, not rows. */


function addNumericColumn(profile, column) {
    const values = column.values;
    const integer = column.type === 'integer';
    let empty = 0;
    let nonFinite = 0;
    for (let i = 0; i < values.length; i++) {
        const value = values[i];
        if (Number.isNaN(value))
            empty++;
        else if (value === Number.POSITIVE_INFINITY || value === Number.NEGATIVE_INFINITY)
            nonFinite++;
        else
            addNumber(profile, value, integer);
    }
    // A NaN is an empty cell or one that did not parse; ±Infinity counts with the latter, as no moment holds it.
    profile.missing += empty - column.invalidCount;
    profile.invalid += column.invalidCount + nonFinite;
}
function addCategoricalColumn(profile, column) {
    const counts = new Float64Array(column.dictionary.length);
    let missing = 0;
    for (const code of column.codes) {
        if (code < 0)
            missing++;
        else
            counts[code]++;
    }
    profile.missing += missing;
    for (let code = 0; code < counts.length; code++) {
        if (counts[code] > 0)
            addCategory(profile, column.dictionary[code], counts[code]);
    }
}
/** Reads every chunk into a profile. `name` names the dataset in errors; `kllK` is the quantile sketches' k. */
async function profileChunks(chunks, name, kllK) {
    const columns = new Map();
    const rowsByFile = new Map();
    let rows = 0;
    let unreadableRows = 0;
    for await (const chunk of chunks) {
        rows += chunk.rowCount;
        unreadableRows += chunk.problemCount ?? chunk.problems.length;
        for (const source of chunk.sources)
            rowsByFile.set(source.file, (rowsByFile.get(source.file) ?? 0) + source.rowCount);
        for (const column of chunk.columns) {
            let profile = columns.get(column.name);
            if (!profile) {
                profile = emptyColumnProfile(column.name, column.kind, kllK);
                // Rows before the column first appeared (an earlier file without it) are missing in it.
                profile.rows = rows - chunk.rowCount;
                profile.missing = profile.rows;
                columns.set(column.name, profile);
            }
            if (profile.kind !== column.kind) {
                throw new data_errors/* DataError */.f(name, `column "${column.name}" reads as ${column.kind} in one part and ${profile.kind} in another; set column-types`);
            }
            profile.rows += chunk.rowCount;
            profile.types[column.type] = (profile.types[column.type] ?? 0) + chunk.rowCount;
            if (column.kind === 'numeric')
                addNumericColumn(profile, column);
            else
                addCategoricalColumn(profile, column);
        }
        for (const profile of columns.values()) {
            if (profile.rows < rows) {
                profile.missing += rows - profile.rows;
                profile.rows = rows;
            }
        }
    }
    return {
        rows,
        unreadableRows,
        sources: [...rowsByFile].map(([file, count]) => ({ file, rows: count })),
        columns: [...columns.values()],
    };
}

;// CONCATENATED MODULE: ./actions/profile-data/src/report.ts

const TOP_CATEGORIES = 3;
function topCategories(column) {
    const part = column.categories;
    if (!part)
        return null;
    const counts = part.exact
        ? [...part.exact].sort((a, b) => b[1] - a[1])
        : (part.frequent?.frequentItems('no-false-positives').map((row) => [row.item, row.estimate]) ??
            []);
    const shown = counts
        .slice(0, TOP_CATEGORIES)
        .map(([name, count]) => `${name} (${(0,format/* formatShare */.T1)(count / part.total)})`);
    return shown.join(', ') + (part.exact ? '' : ' (approximate)');
}
/**
 * The sample standard deviation (ddof 1): what pandas' describe() and Spark's stddev show, which users
 * hold the report against. None below two values, where pandas shows NaN.
 */
function sampleStd(m) {
    return m.count < 2 ? null : Math.sqrt(m.m2 / (m.count - 1)) * m.scale;
}
function columnRow(column) {
    const numeric = column.numeric && column.numeric.moments.count > 0 ? column.numeric.moments : null;
    return [
        column.name,
        Object.keys(column.types).join(', '),
        column.rows,
        column.rows > 0 ? column.missing / column.rows : null,
        column.invalid,
        column.distinct ? Math.round(column.distinct.estimate()) : null,
        numeric ? numeric.min : null,
        numeric ? numeric.mean : null,
        numeric ? sampleStd(numeric) : null,
        numeric ? numeric.max : null,
        topCategories(column),
    ];
}
function profileResult(profile, digest) {
    const findings = [];
    if (profile.sources.length === 0) {
        findings.push({
            check: 'empty-shard',
            severity: 'notice',
            message: 'This shard holds no file: its profile is empty and merges as nothing.',
        });
    }
    if (profile.unreadableRows > 0) {
        findings.push({
            check: 'unreadable-rows',
            severity: 'warning',
            message: `${profile.unreadableRows} rows could not be read and are not in the profile`,
            count: profile.unreadableRows,
        });
    }
    const table = {
        id: 'columns',
        title: 'Columns',
        columns: [
            { name: 'column', kind: 'text' },
            { name: 'type', kind: 'text' },
            { name: 'rows', kind: 'count' },
            { name: 'missing', kind: 'share' },
            { name: 'unreadable cells', kind: 'count' },
            { name: 'distinct (estimate)', kind: 'count' },
            { name: 'min', kind: 'number' },
            { name: 'mean', kind: 'number' },
            { name: 'std (ddof 1)', kind: 'number' },
            { name: 'max', kind: 'number' },
            { name: 'most common', kind: 'text' },
        ],
        rows: profile.columns.map(columnRow),
    };
    return {
        summary: `Profiled ${profile.rows} rows of ${profile.columns.length} columns from ${profile.sources.length} file${profile.sources.length === 1 ? '' : 's'}.`,
        findings,
        metrics: {
            rows: profile.rows,
            columns: profile.columns.length,
            'unreadable-rows': profile.unreadableRows,
            digest,
        },
        tables: [table],
        charts: [],
    };
}

;// CONCATENATED MODULE: ./actions/profile-data/src/gate.ts





const inputs = {
    data: list(),
    merge: list(),
    output: present(spec_text()),
    shard: spec_text(),
    columns: list(),
    'exclude-columns': list(),
    'column-types': mapping(choice(COLUMN_TYPES)),
    'kll-k': integer({ min: 8, max: 65535 }),
    ...commonInputs,
};
async function mergeFiles(patterns, log) {
    const files = await read_table_resolveInputs(patterns);
    log(`merging ${files.length} profile${files.length === 1 ? '' : 's'}`);
    return (await mergeProfileFiles(files));
}
/**
 * `i/n` (0 <= i < n): this job's share of the files the data names, every n-th of them in sorted order
 * from the i-th, so that n matrix jobs given the same `data` profile each file once.
 */
function shardFiles(files, shard) {
    const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(shard);
    const index = match ? Number(match[1]) : Number.NaN;
    const count = match ? Number(match[2]) : Number.NaN;
    if (!(count >= 1 && index < count)) {
        throw new InputError('shard', `shard must be i/n with 0 <= i < n, such as 0/8; got ${JSON.stringify(shard)}`);
    }
    return files.filter((_, i) => i % count === index);
}
const EMPTY_PROFILE = { rows: 0, unreadableRows: 0, sources: [], columns: [] };
/** profile-data: a dataset, or the profiles of its shards, into one mergeable profile file. */
const gate = {
    name: 'profile-data',
    inputs,
    async run(options, context) {
        const { log } = context;
        const { data, merge } = options;
        if ((data ? 1 : 0) + (merge ? 1 : 0) !== 1) {
            throw new InputError('data', 'give either `data` (files to profile) or `merge` (profiles to merge), not both and not neither');
        }
        let profile;
        if (merge) {
            profile = await mergeFiles(merge, log);
        }
        else {
            let files = data;
            if (options.shard) {
                const all = await read_table_resolveInputs(files);
                files = shardFiles(all, options.shard);
                log(`shard ${options.shard.trim()}: ${files.length} of the ${all.length} files`);
            }
            log(`profiling ${files.length > 0 ? files.join(', ') : 'no file'}`);
            // A matrix may have more jobs than files: a shard without a file is an empty profile, which merges
            // as nothing; a merge that ends with no rows at all still fails below.
            profile =
                files.length === 0
                    ? EMPTY_PROFILE
                    : await profileChunks(releasingChunks(readTableChunksInWorker(files, {
                        chunkBytes: STREAMING_CHUNK_BYTES,
                        columnTypes: options['column-types'],
                        columns: options.columns,
                        excludeColumns: options['exclude-columns'],
                    })), files.join(', '), options['kll-k']);
        }
        if (profile.rows === 0 && !(options.shard && profile.sources.length === 0)) {
            const why = profile.unreadableRows > 0 ? `all ${profile.unreadableRows} rows are unreadable` : 'it has no rows';
            throw new data_errors/* DataError */.f((data ?? merge ?? []).join(', '), `nothing to profile: ${why}`);
        }
        const path = writablePath('output', options.output, context);
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
        await (0,promises_.writeFile)(path, encodeProfile(profile));
        const digest = profileDigest(profile);
        log(`wrote ${path} (${digest})`);
        return {
            result: profileResult(profile, digest),
            outputs: {
                'profile-path': path,
                digest,
                rows: String(profile.rows),
                'unreadable-rows': String(profile.unreadableRows),
            },
        };
    },
};

;// CONCATENATED MODULE: ./actions/profile-data/src/main.ts


/** The action's entry: reads INPUT_*, runs the gate, publishes the reports, sets outputs. */
async function run(actionDir) {
    await runAction(gate, actionDir);
}


/***/ }),

/***/ 33782:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   fH: () => (/* binding */ logInfo)
/* harmony export */ });
/* unused harmony exports looksLikeWorkflowCommand, commandSafe */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _workflow_commands_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(35918);
/**
 * Everything the actions and the CLI print to a step's log passes through here. The runner reads a line
 * as a workflow command when, after its leading whitespace, it starts with `::`, or when it holds `##[`
 * anywhere (the legacy form). File names, column names and values come from data or a pull request, so a
 * line of ours that carries them must not be read as a command (`::add-mask::`, `::stop-commands::`,
 * `::error file=...::`). Text that could be read so is printed between `::stop-commands::<token>` and
 * `::<token>::`, with a fresh random token the data cannot know: it stays readable, word for word, and the
 * runner executes nothing in it. Text that could not be read as a command is printed as it is.
 */


// `^` with the m flag also matches after \r, \u2028 and \u2029: more line starts than the runner sees.
const COMMAND_LIKE = /^\s*::|##\[/m;
/** Whether the runner could read any line of `text` as a workflow command. */
function looksLikeWorkflowCommand(text) {
    return COMMAND_LIKE.test(text);
}
/** A token no data can have guessed; hexadecimal, so never one of the runner's command names. */
function stopToken() {
    return `modelgate-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(16).toString('hex')}`;
}
/**
 * `text` ready for the log: as it is, or, when a line could be read as a workflow command, wrapped in
 * stop-commands so that it is not. A trailing line break stays the last character.
 */
function commandSafe(text, token = stopToken()) {
    if (!looksLikeWorkflowCommand(text))
        return text;
    const newline = text.endsWith('\n');
    const body = newline ? text.slice(0, -1) : text;
    return `::stop-commands::${token}\n${body}\n::${token}::${newline ? '\n' : ''}`;
}
/** info for text that may carry data. warning/error/setFailed need no guard: they escape line breaks,
 * so data stays inside the one command line they write. */
function logInfo(message) {
    (0,_workflow_commands_js__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq)(commandSafe(message));
}


/***/ }),

/***/ 35918:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $e: () => (/* binding */ warning),
/* harmony export */   C1: () => (/* binding */ setFailed),
/* harmony export */   Pq: () => (/* binding */ setSecret),
/* harmony export */   Yz: () => (/* binding */ debug),
/* harmony export */   pq: () => (/* binding */ info),
/* harmony export */   uH: () => (/* binding */ setOutput)
/* harmony export */ });
/* unused harmony export error */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/**
 * The workflow commands the actions write (log lines, annotations, masks, outputs, the step's failure),
 * byte for byte as @actions/core writes them (workflow-commands.test.ts holds them side by side). Its entry
 * module imports an HTTP client for OIDC tokens at load, which costs every step about 60 ms and 20 MB
 * before it reads a byte; only sign-model needs a token, and it loads @actions/core for that alone.
 *
 * These do not guard against data that looks like a command: logInfo (log.ts) does, for info lines.
 */



/** A command's message: its line breaks (and %) escaped, so it stays on the command's one line. */
function escapeData(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
/** A command property's value: escaped like a message, and also its `:` and `,`, which end a property. */
function escapeProperty(text) {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
function issue(command, message, properties = '') {
    process.stdout.write(`::${command}${properties}::${escapeData(message)}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`);
}
/** A line of the log, as it is. */
function info(message) {
    process.stdout.write(message + node_os__WEBPACK_IMPORTED_MODULE_2__.EOL);
}
/** A line of the log shown only with step debug logging on. */
function debug(message) {
    issue('debug', message);
}
/** A warning annotation. */
function warning(message) {
    issue('warning', message);
}
/** An error annotation. */
function error(message) {
    issue('error', message);
}
/** Fails the step (exit code 1 once the process ends) with `message` as an error annotation. */
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}
/** Has the runner print `***` wherever `secret` appears in the log from now on. */
function setSecret(secret) {
    issue('add-mask', secret);
}
/**
 * Sets a step output: appended to the runner's GITHUB_OUTPUT file under a random delimiter, which no value
 * can end early, or, on a runner without one, as the older set-output command.
 */
function setOutput(name, value) {
    const file = process.env.GITHUB_OUTPUT;
    if (!file) {
        process.stdout.write(node_os__WEBPACK_IMPORTED_MODULE_2__.EOL);
        issue('set-output', value, ` name=${escapeProperty(name)}`);
        return;
    }
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(file))
        throw new Error(`Missing file at path: ${file}`);
    const delimiter = `ghadelimiter_${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`;
    if (name.includes(delimiter) || value.includes(delimiter)) {
        throw new Error(`Unexpected input: the output ${name} holds its delimiter`);
    }
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.appendFileSync)(file, `${name}<<${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}${value}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`, { encoding: 'utf8' });
}


/***/ }),

/***/ 76719:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ DataError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(37638);

/**
 * A data file that cannot be read as a table: a missing file, a malformed header, bytes that are not UTF-8,
 * a quote that never closes. The message leads with `file:line` so it reads like a compiler diagnostic.
 * Rows that are merely unusable (ragged, bad JSON) are not errors: they become `RowProblem`s.
 */
class DataError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y {
    file;
    line;
    column;
    /** The message without the `file:line: ` prefix. */
    reason;
    constructor(file, reason, line, column, options) {
        super(`${line === undefined ? file : `${file}:${line}`}: ${reason}`, options);
        this.name = 'DataError';
        this.file = file;
        this.line = line;
        this.column = column;
        this.reason = reason;
    }
}


/***/ }),

/***/ 37638:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ describeFileSystemError),
/* harmony export */   y: () => (/* binding */ UserError)
/* harmony export */ });
/**
 * The one base for errors about what a user gave: an input, a data file, a schema, a cached summary, a
 * report folder. Its message already names the thing and what was expected, so it is shown as is; any
 * other error is a bug in modelgate and is reported as internal. Packages that raise user errors extend
 * this class, so a caller tells them apart with `instanceof UserError`, never by name.
 */
class UserError extends Error {
    constructor(message, options) {
        super(message, options);
        this.name = 'UserError';
    }
}
// What a file-system error code means, in the words a user acts on.
const FILE_SYSTEM_REASONS = {
    ENOENT: 'no such file or folder',
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    EISDIR: 'is a folder, expected a file',
    ENOTDIR: 'a part of the path is not a folder',
    EEXIST: 'a file is in the way where a folder is needed',
    ENOSPC: 'no space left on the device',
    EDQUOT: 'the disk quota is used up',
    EROFS: 'the file system is read-only',
    ENAMETOOLONG: 'the name is too long',
    EMFILE: 'too many open files',
    ELOOP: 'a symbolic link where a file is written (refused), or a loop of links',
};
/**
 * `path: reason` for a Node file-system error with a known code, or undefined for any other error.
 * The path is the one Node names (the file or folder that failed), falling back to `fallbackPath`.
 */
function describeFileSystemError(error, fallbackPath) {
    if (!(error instanceof Error))
        return undefined;
    const { code, path } = error;
    if (!code || !(code in FILE_SYSTEM_REASONS))
        return undefined;
    return `${path ?? fallbackPath ?? 'a file'}: ${FILE_SYSTEM_REASONS[code]}`;
}


/***/ }),

/***/ 96665:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B4: () => (/* binding */ formatCount),
/* harmony export */   Eg: () => (/* binding */ groupBySeverity),
/* harmony export */   Fl: () => (/* binding */ formatValue),
/* harmony export */   K9: () => (/* binding */ groupDigits),
/* harmony export */   T1: () => (/* binding */ formatShare),
/* harmony export */   ZV: () => (/* binding */ formatNumber),
/* harmony export */   _Z: () => (/* binding */ formatCell),
/* harmony export */   fx: () => (/* binding */ SEVERITY_PLURAL),
/* harmony export */   j: () => (/* binding */ VERDICT_LABEL),
/* harmony export */   j$: () => (/* binding */ formatLocation),
/* harmony export */   k4: () => (/* binding */ columnHeader),
/* harmony export */   kc: () => (/* binding */ isNumericColumn),
/* harmony export */   wv: () => (/* binding */ describeCounts)
/* harmony export */ });
/* unused harmony exports formatPlainNumber, UNDEFINED_TEXT, STATUS_ICON, formatInterval, SEVERITIES */
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(15149);
/**
 * Plain-text formatting shared by the markdown, HTML and terminal renderers, so the three show the same
 * numbers the same way. Output is unescaped text; each renderer escapes for its medium.
 */

/**
 * A number for people: integers with thousands separators (12,345); values below 1,000 with 4 significant
 * digits (0.04213, 123.5); larger ones with one decimal (1,250.5); magnitudes below 0.001 or from 1e15 in
 * exponent form (1.2e-12). NaN and infinities are spelled out rather than hidden.
 */
function formatNumber(value) {
    if (Number.isNaN(value))
        return 'NaN';
    if (!Number.isFinite(value))
        return value > 0 ? '∞' : '-∞';
    const magnitude = Math.abs(value);
    if (magnitude >= 1e15 || (magnitude < 1e-3 && value !== 0))
        return trimExponent(value.toExponential(2));
    if (Number.isInteger(value) || magnitude >= 1e3)
        return groupDigits(value, 1);
    return trimZeros(value.toPrecision(4));
}
/**
 * `value` rounded to at most `fractionDigits` decimals, with thousands separators: 1250.05 -> "1,250.1"
 * with one decimal. As Intl.NumberFormat('en-US') writes it: the shortest decimal that reads back as the
 * double (what String gives), rounded half away from zero; but never "-0", which Intl writes for a negative
 * value that rounds to zero. Written by hand because the first Intl.NumberFormat of a process sets up ICU:
 * 12 to 25 ms, measured, of the action's start-up.
 */
function groupDigits(value, fractionDigits) {
    if (!Number.isFinite(value))
        return formatNumber(value);
    // String gives the shortest digits that read back as the double, as [whole][.fraction][e+-exponent]. The
    // value is then 0.<digits> x 10^point.
    const [mantissa, exponent = '0'] = String(Math.abs(value)).split('e');
    const [whole, fraction = ''] = mantissa.split('.');
    const leadingZeros = (whole + fraction).search(/[1-9]|$/);
    let digits = (whole + fraction).slice(leadingZeros);
    let point = whole.length - leadingZeros + Number(exponent);
    const kept = point + fractionDigits;
    if (kept < digits.length) {
        const roundUp = kept >= 0 && digits[kept] >= '5';
        digits = kept > 0 ? digits.slice(0, kept) : '';
        if (roundUp) {
            const carried = (BigInt(`0${digits}`) + 1n).toString();
            if (carried.length > digits.length)
                point += 1;
            digits = carried;
        }
    }
    const integer = point > 0 ? digits.slice(0, point).padEnd(point, '0') : '0';
    const decimals = (point < 0 ? '0'.repeat(-point) + digits : digits.slice(Math.max(point, 0)))
        .slice(0, fractionDigits)
        .replace(/0+$/, '');
    const grouped = integer.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    const text = decimals ? `${grouped}.${decimals}` : grouped;
    return value < 0 && /[1-9]/.test(text) ? `-${text}` : text;
}
/**
 * A number as a user writes it in a schema or an input (no grouping, up to 6 significant digits): used to
 * echo a bound or a setting back, where formatNumber's 4 digits could show a bound the data does not meet
 * as one it does.
 */
function formatPlainNumber(x) {
    if (Number.isInteger(x))
        return String(x);
    return String(Number(x.toPrecision(6)));
}
function trimZeros(text) {
    return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}
function trimExponent(text) {
    const [mantissa, exponent] = text.split('e');
    return `${trimZeros(mantissa)}e${exponent.replace('+', '')}`;
}
/**
 * A share in [0, 1] as a percentage, with enough digits to tell small shares apart and never rounding a
 * share that is not all into "100%": 0.1234 -> "12.3%", 0.0005 -> "0.05%", 0.00001 -> "<0.01%",
 * 0.99995 -> ">99.9%". A negative share (a change) keeps its sign; NaN and infinities are spelled out.
 * The one share formatter of modelgate: reports, finding messages and CLI lines all use it.
 */
function formatShare(share) {
    if (!Number.isFinite(share))
        return formatNumber(share);
    if (share < 0)
        return `-${formatShare(-share)}`;
    if (share === 0)
        return '0%';
    const percent = share * 100;
    if (percent < 0.01)
        return '<0.01%';
    if (percent < 1)
        return `${Number(percent.toPrecision(2))}%`;
    const shown = Number(percent.toFixed(1));
    return shown === 100 && percent < 100 ? '>99.9%' : `${shown}%`;
}
/** A metric value as text; null (a value that does not exist) is an em dash, a list is comma-separated. */
function formatValue(value) {
    if (value === null)
        return '—';
    if (typeof value === 'number')
        return formatNumber(value);
    if (typeof value === 'boolean')
        return value ? 'yes' : 'no';
    if (Array.isArray(value))
        return value.length === 0 ? 'none' : value.join(', ');
    return value;
}
/** What a null cell in a column of figures reads as: the figure is undefined, not zero. */
const UNDEFINED_TEXT = 'undefined';
const STATUS_ICON = {
    pass: '✅',
    warn: '⚠️',
    fail: '❌',
    undefined: '❔',
    skipped: '⏭️',
    info: 'ℹ️',
};
/**
 * A table cell as text, the way its column's kind says: a share as a percentage, an interval as
 * `0.42 [0.4, 0.44]`, a status as its word (with its icon when `icons`), null as "undefined" in a column
 * of figures or statuses and "—" in a text column or one whose nulls mean "not applicable". A cell of
 * another type than its column's (a bug in a check) is still shown, as its plain value, rather than hidden.
 */
function formatCell(cell, column, icons = false) {
    if (cell === null || cell === undefined) {
        const means = column.nullMeans ?? (column.kind === 'text' ? 'not applicable' : 'undefined');
        return means === 'undefined' ? UNDEFINED_TEXT : '—';
    }
    if ((0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .isIntervalValue */ .Rq)(cell))
        return formatInterval(cell, column.unit === '%');
    if (typeof cell === 'number') {
        if (column.kind === 'share' || (column.kind === 'interval' && column.unit === '%'))
            return formatShare(cell);
        return formatNumber(cell);
    }
    if (typeof cell === 'boolean')
        return cell ? 'yes' : 'no';
    if (column.kind === 'status' && icons && cell in STATUS_ICON)
        return `${STATUS_ICON[cell]} ${cell}`;
    return cell;
}
/** `0.42 [0.4, 0.44]`, each part a share when `asShare`; an undefined part is spelled "undefined". */
function formatInterval(interval, asShare = false) {
    const part = (value) => value === null ? UNDEFINED_TEXT : asShare ? formatShare(value) : formatNumber(value);
    if (interval.low === null && interval.high === null)
        return part(interval.estimate);
    return `${part(interval.estimate)} [${part(interval.low)}, ${part(interval.high)}]`;
}
/** A column's header: its name, and its unit in parentheses when it has one (`latency (ms)`). */
function columnHeader(column) {
    return column.unit !== undefined && column.unit !== '' && column.unit !== '%'
        ? `${column.name} (${column.unit})`
        : column.name;
}
/** `file:line` for a line of a text file, `file:row N` for a row of a binary file such as Parquet. */
function formatLocation(location) {
    if (location.line === undefined)
        return location.file;
    return location.unit === 'row'
        ? `${location.file}:row ${location.line}`
        : `${location.file}:${location.line}`;
}
/** Count and share of a finding, e.g. "1,234 (12.3%)"; empty when the finding has neither. */
function formatCount(finding) {
    const parts = [];
    if (finding.count !== undefined)
        parts.push(formatNumber(finding.count));
    if (finding.share !== undefined) {
        parts.push(parts.length > 0 ? `(${formatShare(finding.share)})` : formatShare(finding.share));
    }
    return parts.join(' ');
}
const SEVERITIES = ['error', 'warning', 'notice'];
const SEVERITY_PLURAL = {
    error: 'errors',
    warning: 'warnings',
    notice: 'notices',
};
const VERDICT_LABEL = { pass: 'Pass', warn: 'Warn', fail: 'Fail' };
/** Findings by severity, errors first; the order within a severity is the check's own. */
function groupBySeverity(findings) {
    const groups = new Map();
    for (const severity of SEVERITIES) {
        const group = findings.filter((finding) => finding.severity === severity);
        if (group.length > 0)
            groups.set(severity, group);
    }
    return groups;
}
/** "2 errors, 1 warning" — the counts of each present severity. */
function describeCounts(groups) {
    return [...groups]
        .map(([severity, group]) => `${formatNumber(group.length)} ${group.length === 1 ? severity : SEVERITY_PLURAL[severity]}`)
        .join(', ');
}
/** True when a column holds figures (counts, numbers, shares, intervals), so renderers right-align it. */
function isNumericColumn(column) {
    return (column.kind === 'count' ||
        column.kind === 'number' ||
        column.kind === 'share' ||
        column.kind === 'interval');
}


/***/ }),

/***/ 15149:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Rq: () => (/* binding */ isIntervalValue),
/* harmony export */   Vj: () => (/* binding */ verdictOf),
/* harmony export */   WI: () => (/* binding */ REPORT_SCHEMA_VERSION)
/* harmony export */ });
/* unused harmony export STATUSES */
/**
 * The one Report model every action produces. It is what report.json holds (see report.schema.json beside
 * this file), what the markdown, HTML and terminal renderers draw, and what later gates read as evidence.
 * Bump REPORT_SCHEMA_VERSION on any change that is not purely additive.
 */
const REPORT_SCHEMA_VERSION = 1;
const STATUSES = (/* unused pure expression or super */ null && (['pass', 'warn', 'fail', 'undefined', 'skipped', 'info']));
/** The verdict that follows from findings: any error fails, any warning warns. */
function verdictOf(findings) {
    if (findings.some((f) => f.severity === 'error'))
        return 'fail';
    if (findings.some((f) => f.severity === 'warning'))
        return 'warn';
    return 'pass';
}
/** True when a cell is an IntervalValue (an object), not a scalar. */
function isIntervalValue(cell) {
    return typeof cell === 'object' && cell !== null;
}


/***/ }),

/***/ 60044:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ truncateForDisplay)
/* harmony export */ });
/* unused harmony export DISPLAY_MAX */
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(96665);
/**
 * The one cut for data text shown in a report (terminal, markdown, HTML, SVG, check-run annotations): a
 * column name or value of 200,000 characters would drown the report, or hang a renderer. report.json keeps
 * every value whole, so the cut says where to find it.
 */

/** Characters (UTF-16 code units) of one piece of data text shown before it is cut. */
const DISPLAY_MAX = 1_000;
/** `text`, or its start with a note of how much was left out and where the whole value is. */
function truncateForDisplay(text, max = DISPLAY_MAX) {
    if (text.length <= max)
        return text;
    let cut = max;
    // Do not split a surrogate pair: half an emoji is an invalid character.
    if (/[\ud800-\udbff]/.test(text[cut - 1]))
        cut -= 1;
    return `${text.slice(0, cut)}… (${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .groupDigits */ .K9)(text.length - cut, 0)} more characters; whole in report.json)`;
}


/***/ }),

/***/ 42613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 20181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 35317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 49140:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("constants");

/***/ }),

/***/ 76982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 24434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 79896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 91943:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs/promises");

/***/ }),

/***/ 58611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 65692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 69278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 34589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 16698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 37540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 77598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 53053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 40610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 78474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 73024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 51455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 37067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 32467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 44708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 98995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 77030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 48161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 76760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 41792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 57075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 46193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 41692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 73136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 57975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 73429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 75919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 38522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 70857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 16928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 13193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 53557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 64756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 52018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 87016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 39023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 43106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ }),

/***/ 57349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var Scalar = __nccwpck_require__(63301);
var YAMLMap = __nccwpck_require__(84454);
var YAMLSeq = __nccwpck_require__(92223);
var resolveBlockMap = __nccwpck_require__(87103);
var resolveBlockSeq = __nccwpck_require__(90334);
var resolveFlowCollection = __nccwpck_require__(13142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 23683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(45937);
var resolveEnd = __nccwpck_require__(17788);
var resolveProps = __nccwpck_require__(34631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 45937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(41127);
var composeCollection = __nccwpck_require__(57349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(17788);
var utilEmptyScalarPosition = __nccwpck_require__(22599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var Scalar = __nccwpck_require__(63301);
var resolveBlockScalar = __nccwpck_require__(48913);
var resolveFlowScalar = __nccwpck_require__(76842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 89984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(61342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(91464);
var identity = __nccwpck_require__(41127);
var composeDoc = __nccwpck_require__(23683);
var resolveEnd = __nccwpck_require__(17788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 87103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(57165);
var YAMLMap = __nccwpck_require__(84454);
var resolveProps = __nccwpck_require__(34631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(74051);
var utilMapIncludes = __nccwpck_require__(81187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 48913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(63301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 90334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(92223);
var resolveProps = __nccwpck_require__(34631);
var utilFlowIndentCheck = __nccwpck_require__(74051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 17788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 13142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var Pair = __nccwpck_require__(57165);
var YAMLMap = __nccwpck_require__(84454);
var YAMLSeq = __nccwpck_require__(92223);
var resolveEnd = __nccwpck_require__(17788);
var resolveProps = __nccwpck_require__(34631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(81187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 76842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(63301);
var resolveEnd = __nccwpck_require__(17788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 34631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 22599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 74051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 81187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(40101);
var identity = __nccwpck_require__(41127);
var Pair = __nccwpck_require__(57165);
var toJS = __nccwpck_require__(74043);
var Schema = __nccwpck_require__(45840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(71596);
var applyReviver = __nccwpck_require__(83661);
var createNode = __nccwpck_require__(42404);
var directives = __nccwpck_require__(61342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 71596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var visit = __nccwpck_require__(10204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 83661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 42404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(41127);
var Scalar = __nccwpck_require__(63301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 61342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var visit = __nccwpck_require__(10204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 91464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 38815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(89984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(45840);
var errors = __nccwpck_require__(91464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(41127);
var Pair = __nccwpck_require__(57165);
var Scalar = __nccwpck_require__(63301);
var YAMLMap = __nccwpck_require__(84454);
var YAMLSeq = __nccwpck_require__(92223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(40361);
var lineCounter = __nccwpck_require__(66628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(84047);
var visit = __nccwpck_require__(10204);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
__webpack_unused_export__ = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
__webpack_unused_export__ = identity.isMap;
__webpack_unused_export__ = identity.isNode;
__webpack_unused_export__ = identity.isPair;
__webpack_unused_export__ = identity.isScalar;
__webpack_unused_export__ = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
__webpack_unused_export__ = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
exports.qg = publicApi.parse;
__webpack_unused_export__ = publicApi.parseAllDocuments;
__webpack_unused_export__ = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
__webpack_unused_export__ = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 57249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(71596);
var visit = __nccwpck_require__(10204);
var identity = __nccwpck_require__(41127);
var Node = __nccwpck_require__(66673);
var toJS = __nccwpck_require__(74043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 40101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(42404);
var identity = __nccwpck_require__(41127);
var Node = __nccwpck_require__(66673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 66673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(83661);
var identity = __nccwpck_require__(41127);
var toJS = __nccwpck_require__(74043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 57165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(42404);
var stringifyPair = __nccwpck_require__(59748);
var addPairToJSMap = __nccwpck_require__(97104);
var identity = __nccwpck_require__(41127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 63301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var Node = __nccwpck_require__(66673);
var toJS = __nccwpck_require__(74043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 84454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(61212);
var addPairToJSMap = __nccwpck_require__(97104);
var Collection = __nccwpck_require__(40101);
var identity = __nccwpck_require__(41127);
var Pair = __nccwpck_require__(57165);
var Scalar = __nccwpck_require__(63301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 92223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(42404);
var stringifyCollection = __nccwpck_require__(61212);
var Collection = __nccwpck_require__(40101);
var identity = __nccwpck_require__(41127);
var Scalar = __nccwpck_require__(63301);
var toJS = __nccwpck_require__(74043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 97104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(57249);
var merge = __nccwpck_require__(90452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(41127);
var toJS = __nccwpck_require__(74043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 41127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 74043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 60110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(48913);
var resolveFlowScalar = __nccwpck_require__(76842);
var errors = __nccwpck_require__(91464);
var stringifyString = __nccwpck_require__(83069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 91733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 97715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(60110);
var cstStringify = __nccwpck_require__(91733);
var cstVisit = __nccwpck_require__(97715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 40361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 66628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(40361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 84047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(89984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(91464);
var log = __nccwpck_require__(57249);
var identity = __nccwpck_require__(41127);
var lineCounter = __nccwpck_require__(66628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 45840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var map = __nccwpck_require__(47451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(66464);
var tags = __nccwpck_require__(90018);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 47451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var YAMLMap = __nccwpck_require__(84454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 73632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(63301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var YAMLSeq = __nccwpck_require__(92223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 66464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(83069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 73959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(63301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 38405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(63301);
var stringifyNumber = __nccwpck_require__(28689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 59874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(28689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 70896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(47451);
var _null = __nccwpck_require__(73632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(66464);
var bool = __nccwpck_require__(73959);
var float = __nccwpck_require__(38405);
var int = __nccwpck_require__(59874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 33559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(63301);
var map = __nccwpck_require__(47451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 90018:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(47451);
var _null = __nccwpck_require__(73632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(66464);
var bool = __nccwpck_require__(73959);
var float = __nccwpck_require__(38405);
var int = __nccwpck_require__(59874);
var schema = __nccwpck_require__(70896);
var schema$1 = __nccwpck_require__(33559);
var binary = __nccwpck_require__(56083);
var merge = __nccwpck_require__(90452);
var omap = __nccwpck_require__(50303);
var pairs = __nccwpck_require__(18385);
var schema$2 = __nccwpck_require__(35913);
var set = __nccwpck_require__(81528);
var timestamp = __nccwpck_require__(46752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 56083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(20181);
var Scalar = __nccwpck_require__(63301);
var stringifyString = __nccwpck_require__(83069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 88398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(63301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 35782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(63301);
var stringifyNumber = __nccwpck_require__(28689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 10873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(28689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 90452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var Scalar = __nccwpck_require__(63301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 50303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var toJS = __nccwpck_require__(74043);
var YAMLMap = __nccwpck_require__(84454);
var YAMLSeq = __nccwpck_require__(92223);
var pairs = __nccwpck_require__(18385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 18385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var Pair = __nccwpck_require__(57165);
var Scalar = __nccwpck_require__(63301);
var YAMLSeq = __nccwpck_require__(92223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 35913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(47451);
var _null = __nccwpck_require__(73632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(66464);
var binary = __nccwpck_require__(56083);
var bool = __nccwpck_require__(88398);
var float = __nccwpck_require__(35782);
var int = __nccwpck_require__(10873);
var merge = __nccwpck_require__(90452);
var omap = __nccwpck_require__(50303);
var pairs = __nccwpck_require__(18385);
var set = __nccwpck_require__(81528);
var timestamp = __nccwpck_require__(46752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 81528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var Pair = __nccwpck_require__(57165);
var YAMLMap = __nccwpck_require__(84454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 46752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(28689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 34475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(71596);
var identity = __nccwpck_require__(41127);
var stringifyComment = __nccwpck_require__(59799);
var stringifyString = __nccwpck_require__(83069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 61212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(59799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 59799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(59799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 28689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 59748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var Scalar = __nccwpck_require__(63301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(59799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 83069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(63301);
var foldFlowLines = __nccwpck_require__(34475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 10204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		id: moduleId,
/******/ 		loaded: false,
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Flag the module as loaded
/******/ 	module.loaded = true;
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/node module decorator */
/******/ (() => {
/******/ 	__nccwpck_require__.nmd = (module) => {
/******/ 		module.paths = [];
/******/ 		if (!module.children) module.children = [];
/******/ 		return module;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(53846);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
