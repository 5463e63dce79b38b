import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 501:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const pico = __nccwpck_require__(667);
const utils = __nccwpck_require__(504);

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

/***/ 564:
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

/***/ 458:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const constants = __nccwpck_require__(564);
const utils = __nccwpck_require__(504);

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

/***/ 667:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const scan = __nccwpck_require__(8);
const parse = __nccwpck_require__(458);
const utils = __nccwpck_require__(504);
const constants = __nccwpck_require__(564);
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

/***/ 8:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const utils = __nccwpck_require__(504);
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
} = __nccwpck_require__(564);

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

/***/ 504:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

/*global navigator*/


const {
  REGEX_BACKSLASH,
  REGEX_REMOVE_BACKSLASH,
  REGEX_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_GLOBAL
} = __nccwpck_require__(564);

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

/***/ 825:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ BufferPool)
/* harmony export */ });
/* harmony import */ var _free_memory_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(380);
/**
 * Column memory handed back by the consumer of a reader's chunks, for the reader's next chunks: a chunk
 * read on a worker thread goes to the parent and, once used, comes back (chunk-reading.ts). A fresh array
 * costs its zeroing and a page fault per 4 KB page: measured on a million rows, 24 ms of the reading
 * thread, the thread that bounds validate-data's run.
 *
 * A buffer is reused for any array it can hold. Chunks only grow (the first ones are small, then they keep
 * one size), so a buffer too small for half of the largest array asked for cannot serve again and is freed.
 */

class BufferPool {
    buffers = [];
    /** Bytes below which a buffer can no longer serve. */
    floor = 0;
    /** Takes back buffers whose arrays nobody reads any more. */
    give(buffers) {
        for (const buffer of buffers) {
            if (buffer.byteLength >= this.floor && buffer.byteLength > 0)
                this.buffers.push(buffer);
            else
                (0,_free_memory_js__WEBPACK_IMPORTED_MODULE_0__/* .freeMemory */ .K)(new Uint8Array(buffer));
        }
    }
    /**
     * An array of `length` elements: on the smallest pooled buffer that holds it, else new. A reused array's
     * elements hold what was there before: the caller writes each one before reading it.
     */
    take(type, length) {
        const bytes = length * type.BYTES_PER_ELEMENT;
        this.floor = Math.max(this.floor, bytes / 2);
        let best = -1;
        for (let i = 0; i < this.buffers.length; i++) {
            const size = this.buffers[i].byteLength;
            if (size >= bytes && (best < 0 || size < this.buffers[best].byteLength))
                best = i;
        }
        const chosen = best >= 0 ? this.buffers[best] : undefined;
        const kept = [];
        this.buffers.forEach((buffer, i) => {
            if (i === best)
                return;
            if (buffer.byteLength >= this.floor)
                kept.push(buffer);
            else
                (0,_free_memory_js__WEBPACK_IMPORTED_MODULE_0__/* .freeMemory */ .K)(new Uint8Array(buffer));
        });
        this.buffers = kept;
        return chosen ? new type(chosen, 0, length) : new type(length);
    }
    /** Buffers held, for tests. */
    get size() {
        return this.buffers.length;
    }
}


/***/ }),

/***/ 480:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   J_: () => (/* binding */ MissingValues),
/* harmony export */   Lm: () => (/* binding */ NumericBuilder),
/* harmony export */   Oh: () => (/* binding */ TableBuilder),
/* harmony export */   Sl: () => (/* binding */ CategoricalBuilder),
/* harmony export */   g7: () => (/* binding */ decodeText)
/* harmony export */ });
/* harmony import */ var _byte_dictionary_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(883);
/* harmony import */ var _cells_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(475);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(163);
/* harmony import */ var _free_memory_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(380);




/** Growth factor when the row estimate falls short, and the smallest capacity. */
const GROWTH = 1.5;
const MIN_CAPACITY = 1024;
/** A column is cut by copying only when more than this share of its array would go unused. */
const MAX_UNUSED_SHARE = 1 / 16;
/** The first `rows` rows of `values` copied into `grown`, which it returns; the old memory is freed now. */
function copyInto(grown, values, rows) {
    grown.set(values.subarray(0, Math.min(rows, grown.length)));
    (0,_free_memory_js__WEBPACK_IMPORTED_MODULE_0__/* .freeMemory */ .K)(values);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DataError */ .f(file, 'bytes that are not valid UTF-8', line);
    }
}
/** The missing-value texts of a dataset, matched against cell bytes. */
class MissingValues {
    texts = new _byte_dictionary_js__WEBPACK_IMPORTED_MODULE_2__/* .ByteDictionary */ .rM();
    /** Whether one of the texts reads as a number (then a numeric cell must be checked before it is parsed). */
    looksNumeric;
    list;
    constructor(list) {
        this.list = list;
        let looksNumeric = false;
        for (const text of list) {
            const bytes = encoder.encode(text);
            const hash = (0,_byte_dictionary_js__WEBPACK_IMPORTED_MODULE_2__/* .hashBytes */ .yi)(bytes, 0, bytes.length);
            if (this.texts.get(bytes, 0, bytes.length, hash) === _byte_dictionary_js__WEBPACK_IMPORTED_MODULE_2__/* .NOT_FOUND */ .p2)
                this.texts.add(bytes, 0, bytes.length, hash, 0);
            if (!Number.isNaN((0,_cells_js__WEBPACK_IMPORTED_MODULE_3__/* .parseNumber */ .$J)(bytes, 0, bytes.length)) || (0,_cells_js__WEBPACK_IMPORTED_MODULE_3__/* .parseBoolean */ .yG)(bytes, 0, bytes.length) >= 0) {
                looksNumeric = true;
            }
        }
        this.looksNumeric = looksNumeric;
    }
    has(bytes, start, end) {
        return this.texts.get(bytes, start, end, (0,_byte_dictionary_js__WEBPACK_IMPORTED_MODULE_2__/* .hashBytes */ .yi)(bytes, start, end)) !== _byte_dictionary_js__WEBPACK_IMPORTED_MODULE_2__/* .NOT_FOUND */ .p2;
    }
}
class NumericBuilder {
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
class CategoricalBuilder {
    kind = 'categorical';
    /** Codes of rows [0, rowCount) of the table so far, and room for more (TableBuilder sizes it). */
    values = new Int32Array(0);
    /** Byte string -> code; the missing-value texts are keys with code -1. */
    codes = new _byte_dictionary_js__WEBPACK_IMPORTED_MODULE_2__/* .ByteDictionary */ .rM();
    dictionary = [];
    name;
    type;
    scratch = new Uint8Array(256);
    constructor(name, type, missing) {
        this.name = name;
        this.type = type;
        for (const text of missing.list) {
            const bytes = encoder.encode(text);
            const hash = (0,_byte_dictionary_js__WEBPACK_IMPORTED_MODULE_2__/* .hashBytes */ .yi)(bytes, 0, bytes.length);
            if (this.codes.get(bytes, 0, bytes.length, hash) === _byte_dictionary_js__WEBPACK_IMPORTED_MODULE_2__/* .NOT_FOUND */ .p2)
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
        const hash = (0,_byte_dictionary_js__WEBPACK_IMPORTED_MODULE_2__/* .hashBytes */ .yi)(this.scratch, 0, length);
        const code = this.codes.get(this.scratch, 0, length, hash);
        return code !== _byte_dictionary_js__WEBPACK_IMPORTED_MODULE_2__/* .NOT_FOUND */ .p2 ? code : this.addDecoded(this.scratch, 0, length, hash, text);
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
class TableBuilder {
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


/***/ }),

/***/ 883:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Rq: () => (/* binding */ FNV_PRIME),
/* harmony export */   V4: () => (/* binding */ FNV_OFFSET),
/* harmony export */   p2: () => (/* binding */ NOT_FOUND),
/* harmony export */   rM: () => (/* binding */ ByteDictionary),
/* harmony export */   yi: () => (/* binding */ hashBytes)
/* harmony export */ });
/**
 * A hash map from byte strings to integer codes, looked up straight from a slice of the read buffer, so
 * that a categorical cell costs a hash and a compare — no string is made unless the value is new.
 * Open addressing with linear probing; the bytes of every key live in one growing pool.
 */
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;
/** FNV-1a over `bytes[start, end)`. The CSV fast path computes the same hash inline while it scans. */
function hashBytes(bytes, start, end) {
    let hash = FNV_OFFSET;
    for (let i = start; i < end; i++)
        hash = Math.imul(hash ^ bytes[i], FNV_PRIME);
    return hash;
}
const NOT_FOUND = -2;
class ByteDictionary {
    pool = new Uint8Array(1024);
    poolUsed = 0;
    keyStart = new Int32Array(16);
    keyLength = new Int32Array(16);
    keyHash = new Int32Array(16);
    keyCode = new Int32Array(16);
    size = 0;
    /** Slot -> key index + 1 (0 = empty). Kept at most half full. */
    slots = new Int32Array(64);
    get keyCount() {
        return this.size;
    }
    /** The code stored for these bytes, or NOT_FOUND. `hash` must be hashBytes of the same bytes. */
    get(bytes, start, end, hash) {
        const mask = this.slots.length - 1;
        const length = end - start;
        for (let slot = hash & mask;; slot = (slot + 1) & mask) {
            const entry = this.slots[slot];
            if (entry === 0)
                return NOT_FOUND;
            const key = entry - 1;
            if (this.keyHash[key] === hash && this.keyLength[key] === length && this.sameBytes(key, bytes, start)) {
                return this.keyCode[key];
            }
        }
    }
    /** Adds a key that `get` did not find. */
    add(bytes, start, end, hash, code) {
        const length = end - start;
        if (this.size === this.keyStart.length)
            this.growKeys();
        if (this.poolUsed + length > this.pool.length)
            this.growPool(length);
        this.pool.set(bytes.subarray(start, end), this.poolUsed);
        const key = this.size++;
        this.keyStart[key] = this.poolUsed;
        this.keyLength[key] = length;
        this.keyHash[key] = hash;
        this.keyCode[key] = code;
        this.poolUsed += length;
        if (this.size * 2 > this.slots.length)
            this.rehash();
        else
            this.place(key);
    }
    /**
     * Removes the key added last (used to undo a row that turned out unusable). Safe with linear probing:
     * no probe run can pass through the newest key's slot, because that slot was empty for all earlier keys.
     */
    removeLast() {
        const key = this.size - 1;
        const mask = this.slots.length - 1;
        for (let slot = this.keyHash[key] & mask;; slot = (slot + 1) & mask) {
            if (this.slots[slot] === key + 1) {
                this.slots[slot] = 0;
                break;
            }
        }
        this.poolUsed = this.keyStart[key];
        this.size--;
    }
    sameBytes(key, bytes, start) {
        const pool = this.pool;
        const from = this.keyStart[key];
        const length = this.keyLength[key];
        for (let k = 0; k < length; k++)
            if (pool[from + k] !== bytes[start + k])
                return false;
        return true;
    }
    place(key) {
        const mask = this.slots.length - 1;
        let slot = this.keyHash[key] & mask;
        while (this.slots[slot] !== 0)
            slot = (slot + 1) & mask;
        this.slots[slot] = key + 1;
    }
    rehash() {
        this.slots = new Int32Array(this.slots.length * 2);
        for (let key = 0; key < this.size; key++)
            this.place(key);
    }
    growKeys() {
        const grow = (old) => {
            const next = new Int32Array(old.length * 2);
            next.set(old);
            return next;
        };
        this.keyStart = grow(this.keyStart);
        this.keyLength = grow(this.keyLength);
        this.keyHash = grow(this.keyHash);
        this.keyCode = grow(this.keyCode);
    }
    growPool(extra) {
        const next = new Uint8Array(Math.max(this.pool.length * 2, this.poolUsed + extra));
        next.set(this.pool.subarray(0, this.poolUsed));
        this.pool = next;
    }
}


/***/ }),

/***/ 555:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Wf: () => (/* binding */ HEADER_BLOCK_BYTES),
  vD: () => (/* binding */ SAMPLE_BLOCK_BYTES),
  Q3: () => (/* binding */ dataSize),
  "do": () => (/* binding */ fileBlocks),
  aN: () => (/* binding */ forEachBlock)
});

// UNUSED EXPORTS: blockSize, openByteSource

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(24);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(455);
;// CONCATENATED MODULE: external "node:zlib"
const external_node_zlib_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");
// EXTERNAL MODULE: ./packages/core/src/data/errors.ts + 1 modules
var errors = __nccwpck_require__(163);
// EXTERNAL MODULE: ./packages/core/src/data/stdin-source.ts + 1 modules
var stdin_source = __nccwpck_require__(241);
;// CONCATENATED MODULE: ./packages/core/src/data/byte-source.ts
/**
 * Reading a file as a sequence of byte blocks, gunzipping on the fly for `.gz` files, without ever holding
 * the whole file. Readers hand each block to a parser that returns how far it got; the unparsed tail (an
 * incomplete record) moves to the front and the next read fills the rest.
 */





/**
 * Bytes read per block (the buffer grows past this only for a record longer than it). Tests set it tiny to
 * cut records at every possible byte; it is not part of the public API.
 */
const blockSize = { bytes: 4 * 1024 * 1024 };
const HEADER_BLOCK_BYTES = 64 * 1024;
const SAMPLE_BLOCK_BYTES = 512 * 1024;
/** fileBlocks' first read; later reads double up to the block size. */
const FIRST_READ_BYTES = 256 * 1024;
function openError(file, error) {
    const code = error.code;
    if (code === 'ENOENT')
        return new errors/* DataError */.f(file, 'no such file');
    if (code === 'EISDIR')
        return new errors/* DataError */.f(file, 'is a directory, not a data file');
    return new errors/* DataError */.f(file, `cannot be read: ${error.message}`);
}
class PlainSource {
    handle;
    constructor(handle) {
        this.handle = handle;
    }
    async read(into, offset, length) {
        return (await this.handle.read(into, offset, length, null)).bytesRead;
    }
    close() {
        return this.handle.close();
    }
}
class GunzipSource {
    chunks;
    stream;
    pending;
    file;
    constructor(file) {
        this.file = file;
        const gunzip = (0,external_node_zlib_namespaceObject.createGunzip)({ chunkSize: 1024 * 1024 });
        const input = (0,external_node_fs_.createReadStream)(file);
        input.on('error', (error) => gunzip.destroy(error));
        this.stream = input.pipe(gunzip);
        this.chunks = gunzip[Symbol.asyncIterator]();
    }
    async read(into, offset, length) {
        let written = 0;
        while (written < length) {
            if (!this.pending) {
                let next;
                try {
                    next = await this.chunks.next();
                }
                catch (error) {
                    const code = error.code;
                    if (code === 'ENOENT' || code === 'EISDIR')
                        throw openError(this.file, error);
                    throw new errors/* DataError */.f(this.file, `is not valid gzip data: ${error.message}`);
                }
                if (next.done)
                    break;
                this.pending = next.value;
            }
            const take = Math.min(this.pending.length, length - written);
            into.set(this.pending.subarray(0, take), offset + written);
            written += take;
            this.pending = take === this.pending.length ? undefined : this.pending.subarray(take);
        }
        return written;
    }
    async close() {
        this.stream.destroy();
    }
}
/**
 * How many bytes reading `file` yields, for sizing the table: its size, or for gzip the size its trailer
 * states (the last member's uncompressed size modulo 2^32: an estimate, which is all it is used for).
 */
async function dataSize(file, gzip) {
    if ((0,stdin_source/* isStdin */.jD)(file))
        return 0;
    let handle;
    try {
        handle = await (0,promises_.open)(file, 'r');
    }
    catch (error) {
        throw openError(file, error);
    }
    try {
        const { size } = await handle.stat();
        if (!gzip || size < 18)
            return size;
        const trailer = new Uint8Array(4);
        await handle.read(trailer, 0, 4, size - 4);
        return new DataView(trailer.buffer).getUint32(0, true);
    }
    finally {
        await handle.close();
    }
}
async function openByteSource(file, gzip) {
    if ((0,stdin_source/* isStdin */.jD)(file))
        return (0,stdin_source/* openStdin */.Bm)(file, gzip);
    if (gzip)
        return new GunzipSource(file);
    try {
        return new PlainSource(await (0,promises_.open)(file, 'r'));
    }
    catch (error) {
        throw openError(file, error);
    }
}
/**
 * The bytes of `file` block by block (see Block). What a parser leaves is kept for the next block; a record
 * longer than the buffer makes the buffer grow. The last block (`atEnd`) must be consumed whole.
 * `blockBytes` is smaller for readers that stop early (a header, a sample). Closes the file when the
 * consumer stops, early or not.
 */
async function* fileBlocks(file, gzip, blockBytes = blockSize.bytes) {
    const source = await openByteSource(file, gzip);
    try {
        let buffer = new Uint8Array(Math.min(blockBytes, blockSize.bytes));
        let filled = 0;
        let atEnd = false;
        // The first reads are short, doubling up to the whole buffer: the first rows reach the parser, and a
        // consumer of chunks, after a few kilobytes rather than a whole block.
        let wanted = Math.min(FIRST_READ_BYTES, buffer.length);
        for (;;) {
            while (!atEnd && filled < wanted) {
                let read;
                try {
                    read = await source.read(buffer, filled, wanted - filled);
                }
                catch (error) {
                    throw error instanceof errors/* DataError */.f ? error : openError(file, error);
                }
                if (read === 0)
                    atEnd = true;
                filled += read;
            }
            const block = { bytes: buffer, end: filled, atEnd, consumed: 0 };
            yield block;
            const { consumed } = block;
            if (consumed < 0 || atEnd)
                return;
            if (consumed === 0 && filled === buffer.length) {
                const larger = new Uint8Array(buffer.length * 2);
                larger.set(buffer);
                buffer = larger;
            }
            wanted = Math.min(2 * Math.max(wanted, filled), buffer.length);
            if (consumed > 0) {
                buffer.copyWithin(0, consumed, filled);
                filled -= consumed;
            }
        }
    }
    finally {
        await source.close();
    }
}
/**
 * Feeds the bytes of `file` to `parse(bytes, end, atEnd)` block by block (fileBlocks): `parse` returns how
 * many bytes it consumed, or -1 to stop early.
 */
async function forEachBlock(file, gzip, parse, blockBytes = blockSize.bytes) {
    for await (const block of fileBlocks(file, gzip, blockBytes)) {
        block.consumed = parse(block.bytes, block.end, block.atEnd);
        if (block.consumed < 0)
            return;
    }
}


/***/ }),

/***/ 475:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $J: () => (/* binding */ parseNumber),
/* harmony export */   X7: () => (/* binding */ parseDatetime),
/* harmony export */   gf: () => (/* binding */ parseAs),
/* harmony export */   m: () => (/* binding */ isIntegerLiteral),
/* harmony export */   op: () => (/* binding */ parseBooleanWord),
/* harmony export */   v7: () => (/* binding */ EXACT_POWERS_OF_TEN),
/* harmony export */   yG: () => (/* binding */ parseBoolean)
/* harmony export */ });
/* unused harmony exports parseNumberText, parseIsoDateTime */
/**
 * Parsers for one text cell held as UTF-8 bytes `bytes[start, end)`. They never allocate on the common path.
 *
 * Numbers follow the decimal grammar that JavaScript's Number() and C's strtod share —
 * `[+-]? (digits [. digits?] | . digits) ([eE] [+-]? digits)?`, plus `inf` / `infinity` in any case — and
 * the value returned is the correctly rounded double, bit-for-bit what Number(text) gives. Number() also
 * takes hex, octal, binary and empty text, which are not decimal data and are rejected here. Spaces around
 * the number are allowed, as pandas allows them.
 */
const SPACE = 0x20;
const PLUS = 0x2b;
const MINUS = 0x2d;
const DOT = 0x2e;
const ZERO = 0x30;
/** 10^0 .. 10^22: every one is exactly representable as a double (5^22 < 2^53). */
const EXACT_POWERS_OF_TEN = Array.from({ length: 23 }, (_, i) => 10 ** i);
function textOf(bytes, start, end) {
    // Only called on bytes the grammar has already checked to be ASCII.
    let text = '';
    for (let i = start; i < end; i++)
        text += String.fromCharCode(bytes[i]);
    return text;
}
function lower(byte) {
    return byte | 0x20;
}
function matchesWord(bytes, start, end, word) {
    if (end - start !== word.length)
        return false;
    for (let i = 0; i < word.length; i++) {
        if (lower(bytes[start + i]) !== word.charCodeAt(i))
            return false;
    }
    return true;
}
/**
 * The number written in `bytes[start, end)`, or NaN when the text is not a decimal number.
 *
 * Fast path (Clinger): with at most 15 significant digits the digits form an integer m < 2^53, and when
 * the decimal exponent e satisfies |e| <= 22, 10^|e| is exact too, so the single IEEE operation m * 10^e or
 * m / 10^-e is correctly rounded — the same double Number(text) returns. Anything else (long mantissas,
 * large exponents) goes to Number() on the checked text, which V8 rounds correctly.
 */
function parseNumber(bytes, start, end) {
    while (start < end && bytes[start] === SPACE)
        start++;
    while (end > start && bytes[end - 1] === SPACE)
        end--;
    let i = start;
    let negative = false;
    if (i < end && (bytes[i] === MINUS || bytes[i] === PLUS)) {
        negative = bytes[i] === MINUS;
        i++;
    }
    let mantissa = 0;
    let significantDigits = 0;
    let digits = 0;
    let exponent = 0;
    while (i < end) {
        const d = bytes[i] - ZERO;
        if (d < 0 || d > 9)
            break;
        if (mantissa !== 0 || d !== 0) {
            mantissa = mantissa * 10 + d;
            significantDigits++;
        }
        digits++;
        i++;
    }
    if (i < end && bytes[i] === DOT) {
        i++;
        while (i < end) {
            const d = bytes[i] - ZERO;
            if (d < 0 || d > 9)
                break;
            if (mantissa !== 0 || d !== 0) {
                mantissa = mantissa * 10 + d;
                significantDigits++;
            }
            exponent--;
            digits++;
            i++;
        }
    }
    if (digits === 0)
        return parseInfinity(bytes, start, end);
    if (i < end && lower(bytes[i]) === 0x65) {
        i++;
        let exponentNegative = false;
        if (i < end && (bytes[i] === MINUS || bytes[i] === PLUS)) {
            exponentNegative = bytes[i] === MINUS;
            i++;
        }
        const exponentStart = i;
        let written = 0;
        while (i < end) {
            const d = bytes[i] - ZERO;
            if (d < 0 || d > 9)
                break;
            // Past 10^6 the value is 0 or Infinity whatever the mantissa; Number() below settles it.
            if (written < 1e6)
                written = written * 10 + d;
            i++;
        }
        if (i === exponentStart)
            return Number.NaN;
        exponent += exponentNegative ? -written : written;
    }
    if (i !== end)
        return Number.NaN;
    if (mantissa === 0)
        return negative ? -0 : 0;
    if (significantDigits <= 15 && exponent >= -22 && exponent <= 22) {
        const magnitude = exponent >= 0 ? mantissa * EXACT_POWERS_OF_TEN[exponent] : mantissa / EXACT_POWERS_OF_TEN[-exponent];
        return negative ? -magnitude : magnitude;
    }
    return Number(textOf(bytes, start, end));
}
function parseInfinity(bytes, start, end) {
    let sign = 1;
    if (start < end && (bytes[start] === MINUS || bytes[start] === PLUS)) {
        if (bytes[start] === MINUS)
            sign = -1;
        start++;
    }
    if (matchesWord(bytes, start, end, 'inf') || matchesWord(bytes, start, end, 'infinity'))
        return sign * Infinity;
    return Number.NaN;
}
/**
 * Whether the text is an integer literal (`[+-]?digits`, spaces around allowed) whose value is a safe integer
 * (|v| <= 2^53 - 1). Type inference calls a column integer only when every sampled cell is one.
 */
function isIntegerLiteral(bytes, start, end) {
    while (start < end && bytes[start] === SPACE)
        start++;
    while (end > start && bytes[end - 1] === SPACE)
        end--;
    let i = start;
    if (i < end && (bytes[i] === MINUS || bytes[i] === PLUS))
        i++;
    if (i === end)
        return false;
    for (let j = i; j < end; j++) {
        const d = bytes[j] - ZERO;
        if (d < 0 || d > 9)
            return false;
    }
    return Number.isSafeInteger(parseNumber(bytes, start, end));
}
/** 1 for `true`, 0 for `false` (any case), -1 otherwise. Columns of type boolean also take `1` and `0`. */
function parseBooleanWord(bytes, start, end) {
    if (matchesWord(bytes, start, end, 'true'))
        return 1;
    if (matchesWord(bytes, start, end, 'false'))
        return 0;
    return -1;
}
function parseBoolean(bytes, start, end) {
    if (end - start === 1) {
        if (bytes[start] === 0x31)
            return 1;
        if (bytes[start] === ZERO)
            return 0;
    }
    return parseBooleanWord(bytes, start, end);
}
/** Days from 1970-01-01 to the proleptic Gregorian date y-m-d (Hinnant's days_from_civil). */
function daysFromCivil(year, month, day) {
    const y = month <= 2 ? year - 1 : year;
    const era = Math.floor(y / 400);
    const yearOfEra = y - era * 400;
    const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
    const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
    return era * 146097 + dayOfEra - 719468;
}
function daysInMonth(year, month) {
    if (month === 2)
        return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
    return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
/**
 * Epoch milliseconds (UTC) of an ISO 8601 date or date-time, or NaN. Accepted: `YYYY-MM-DD`, optionally
 * followed by `T` or a space and `HH:MM`, `HH:MM:SS` or `HH:MM:SS.fraction`, optionally followed by `Z`,
 * `±HH:MM`, `±HHMM` or `±HH`. A date-time without a zone is taken as UTC. Fields are range-checked
 * (2023-02-29 is rejected). Sub-millisecond fractions are kept as a fractional millisecond.
 */
function parseDatetime(bytes, start, end) {
    while (start < end && bytes[start] === SPACE)
        start++;
    while (end > start && bytes[end - 1] === SPACE)
        end--;
    let i = start;
    const field = (width) => {
        if (i + width > end)
            return -1;
        let value = 0;
        for (let k = 0; k < width; k++) {
            const d = bytes[i + k] - ZERO;
            if (d < 0 || d > 9)
                return -1;
            value = value * 10 + d;
        }
        i += width;
        return value;
    };
    const expect = (byte) => {
        if (i < end && bytes[i] === byte) {
            i++;
            return true;
        }
        return false;
    };
    const year = field(4);
    if (year < 0 || !expect(MINUS))
        return Number.NaN;
    const month = field(2);
    if (month < 1 || month > 12 || !expect(MINUS))
        return Number.NaN;
    const day = field(2);
    if (day < 1 || day > daysInMonth(year, month))
        return Number.NaN;
    let ms = daysFromCivil(year, month, day) * 86_400_000;
    if (i === end)
        return ms;
    if (bytes[i] !== 0x54 && bytes[i] !== 0x74 && bytes[i] !== SPACE)
        return Number.NaN;
    i++;
    const hour = field(2);
    if (hour < 0 || hour > 23 || !expect(0x3a))
        return Number.NaN;
    const minute = field(2);
    if (minute < 0 || minute > 59)
        return Number.NaN;
    ms += hour * 3_600_000 + minute * 60_000;
    if (expect(0x3a)) {
        const second = field(2);
        if (second < 0 || second > 59)
            return Number.NaN;
        ms += second * 1000;
        if (expect(DOT) || expect(0x2c)) {
            let fraction = 0;
            let fractionDigits = 0;
            const fractionStart = i;
            while (i < end && bytes[i] >= ZERO && bytes[i] <= 0x39) {
                // Digits past the 15th are below a double's resolution for any epoch; they are read and dropped.
                if (fractionDigits < 15) {
                    fraction = fraction * 10 + (bytes[i] - ZERO);
                    fractionDigits++;
                }
                i++;
            }
            if (i === fractionStart)
                return Number.NaN;
            ms +=
                fractionDigits <= 3
                    ? fraction * EXACT_POWERS_OF_TEN[3 - fractionDigits]
                    : fraction / EXACT_POWERS_OF_TEN[fractionDigits - 3];
        }
    }
    if (i === end)
        return ms;
    if (bytes[i] === 0x5a || bytes[i] === 0x7a)
        return i + 1 === end ? ms : Number.NaN;
    if (bytes[i] !== PLUS && bytes[i] !== MINUS)
        return Number.NaN;
    const offsetSign = bytes[i] === PLUS ? 1 : -1;
    i++;
    const offsetHours = field(2);
    if (offsetHours < 0 || offsetHours > 23)
        return Number.NaN;
    let offsetMinutes = 0;
    if (i < end) {
        expect(0x3a);
        offsetMinutes = field(2);
        if (offsetMinutes < 0 || offsetMinutes > 59)
            return Number.NaN;
    }
    if (i !== end)
        return Number.NaN;
    return ms - offsetSign * (offsetHours * 3_600_000 + offsetMinutes * 60_000);
}
const utf8 = new TextEncoder();
/** The number `text` writes, read as the readers read a number cell (parseNumber); NaN when it is none. */
function parseNumberText(text) {
    const bytes = utf8.encode(text);
    return parseNumber(bytes, 0, bytes.length);
}
/**
 * Epoch milliseconds (UTC) of ISO 8601 text, or undefined when it is not one: the one ISO date parser of
 * modelgate, the same rules as the readers' parseDatetime (so a schema's bound and a data cell written
 * alike are the same instant). Surrounding spaces are ignored.
 */
function parseIsoDateTime(text) {
    const bytes = utf8.encode(text);
    const ms = parseDatetime(bytes, 0, bytes.length);
    return Number.isNaN(ms) ? undefined : ms;
}
/**
 * A cell read as a numeric column type, NaN when it is not one: integer (a number that is a safe integer,
 * so `3.0` and `1e3` are accepted, `3.5` and 2^60 are not), number, boolean (true/false in any case, 1, 0)
 * or datetime (epoch milliseconds).
 */
function parseAs(type, bytes, start, end) {
    switch (type) {
        case 'number':
            return parseNumber(bytes, start, end);
        case 'integer': {
            const value = parseNumber(bytes, start, end);
            return Number.isSafeInteger(value) ? value : Number.NaN;
        }
        case 'boolean': {
            const flag = parseBoolean(bytes, start, end);
            return flag < 0 ? Number.NaN : flag;
        }
        case 'datetime':
            return parseDatetime(bytes, start, end);
    }
}


/***/ }),

/***/ 269:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Jx: () => (/* binding */ BOOLEAN),
/* harmony export */   VA: () => (/* binding */ fastRowsFor),
/* harmony export */   XJ: () => (/* binding */ CATEGORY),
/* harmony export */   _Z: () => (/* binding */ SKIP),
/* harmony export */   cD: () => (/* binding */ DATETIME),
/* harmony export */   uk: () => (/* binding */ NUMBER),
/* harmony export */   vh: () => (/* binding */ INTEGER)
/* harmony export */ });
/* unused harmony export fastPath */
/* harmony import */ var _byte_dictionary_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(883);
/* harmony import */ var _cells_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(475);


/** Field kinds, as CsvPlan's `kinds` holds them. */
const SKIP = 0;
const NUMBER = 1;
const INTEGER = 2;
const BOOLEAN = 3;
const DATETIME = 4;
const CATEGORY = 5;
/** A computed mantissa below 2^53 is exact: rounding is monotone, so a true value >= 2^53 never computes below. */
const MAX_EXACT_MANTISSA = 2 ** 53;
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
        return make(_byte_dictionary_js__WEBPACK_IMPORTED_MODULE_0__/* .hashBytes */ .yi, _cells_js__WEBPACK_IMPORTED_MODULE_1__/* .EXACT_POWERS_OF_TEN */ .v7);
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
    let hash = ${_byte_dictionary_js__WEBPACK_IMPORTED_MODULE_0__/* .FNV_OFFSET */ .V4};
    let byte = 0;
    while (i < end) {
      byte = bytes[i];
      if (byte === SEP || byte === ${LF}) break;
      hash = Math.imul(hash ^ byte, ${_byte_dictionary_js__WEBPACK_IMPORTED_MODULE_0__/* .FNV_PRIME */ .Rq});
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
const lastCategoryTerminator = `const lineFeed = i < end && byte === ${LF};
    const endOfData = i === end && atEnd;
    if (!(lineFeed || endOfData)) break fields;
    next = endOfData ? end : i + 1;
    lineEnds = endOfData ? 0 : 1;
    if (valueEnd > pos && bytes[valueEnd - 1] === ${CR}) {
      valueEnd = valueEnd - 1;
      hash = hashBytes(bytes, pos, valueEnd);
    }`;


/***/ }),

/***/ 702:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   DC: () => (/* binding */ csvBlockParser),
/* harmony export */   KE: () => (/* binding */ COMMA),
/* harmony export */   km: () => (/* binding */ readCsvHeader),
/* harmony export */   po: () => (/* binding */ sampleCsv),
/* harmony export */   wn: () => (/* binding */ TAB),
/* harmony export */   xd: () => (/* binding */ loadCsv)
/* harmony export */ });
/* harmony import */ var _builders_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(480);
/* harmony import */ var _byte_dictionary_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(883);
/* harmony import */ var _byte_source_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(555);
/* harmony import */ var _cells_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(475);
/* harmony import */ var _csv_fast_path_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(269);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(163);
/**
 * CSV and TSV (RFC 4180): fields separated by `,` or a tab, records ended by LF or CRLF, a field may be
 * quoted with `"` to hold separators, line breaks and doubled quotes (`""` is one quote). A UTF-8 byte
 * order mark is skipped, blank lines are skipped (as pandas does), text after a closing quote is kept
 * (`"a"b` reads as `ab`, as pandas does), and a quote inside an unquoted field is an ordinary character.
 *
 * The tokenizer is written by hand over bytes: no npm CSV library parses straight into typed arrays, and
 * the one that streams fastest here (papaparse, ~100 MB/s) produces an array of strings per row. Here a
 * block of bytes is scanned once; a numeric cell is parsed as it is scanned and stored into its column's
 * Float64Array, a categorical cell is hashed as it is scanned and looked up in a byte dictionary. No string
 * or object is made per row or per cell on this path.
 *
 * Each row keeps the line its record starts on. A record whose field count differs from the header's is a
 * RowProblem and is left out; anything already stored for it (an invalid-cell note, a new dictionary
 * value) is taken back, the same way a record cut by the end of a block is taken back and parsed again
 * once the rest of it has been read.
 */






const LF = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;
const COMMA = 0x2c;
const TAB = 0x09;
/** How a field ended. */
const SEPARATOR = 0;
const END_OF_LINE = 1;
const END_OF_DATA = 2;
const NEED_MORE = 3;
/** CsvLoader.recent: slots (a power of two), and words a slot. */
const RECENT_SLOTS = 1024;
const RECENT_FIELDS = 6;
/** 2^32 / golden ratio: spreads field positions over the slots. */
const GOLDEN_RATIO = 0x9e3779b9 | 0;
const NO_NUMBERS = new Float64Array(0);
const NO_CODES = new Int32Array(0);
/**
 * One field found by `scanField`: its bytes are `bytes[start, end)` — the raw field with quotes when
 * `escaped` is set (then `unquote` gives the value), or else the value itself (quotes already stripped).
 */
class Field {
    start = 0;
    end = 0;
    escaped = false;
    /** Position after the field's terminator. */
    next = 0;
    terminator = SEPARATOR;
    /** Line breaks inside the (quoted) field. */
    newlines = 0;
}
/**
 * Finds the end of the field that starts at `pos`. Returns false when a quote is still open at the end of
 * the data (the caller reports it); `field.terminator` is NEED_MORE when the block ends before the field
 * does and more bytes will come.
 */
function scanField(bytes, pos, end, atEnd, sep, field) {
    field.newlines = 0;
    field.escaped = false;
    field.start = pos;
    let i = pos;
    if (i < end && bytes[i] === QUOTE) {
        i++;
        for (;;) {
            while (i < end && bytes[i] !== QUOTE) {
                if (bytes[i] === LF)
                    field.newlines++;
                i++;
            }
            if (i === end) {
                if (atEnd)
                    return false;
                field.terminator = NEED_MORE;
                return true;
            }
            if (i + 1 === end && !atEnd) {
                field.terminator = NEED_MORE; // a doubled quote may straddle the block end
                return true;
            }
            if (bytes[i + 1] !== QUOTE)
                break;
            field.escaped = true;
            i += 2;
        }
        i++; // past the closing quote
        const closed = i;
        // What follows the closing quote: a terminator (CR LF is one), or text that belongs to the field.
        if (i + 1 === end && bytes[i] === CR && !atEnd) {
            field.terminator = NEED_MORE;
            return true;
        }
        const crlf = i + 1 < end && bytes[i] === CR && bytes[i + 1] === LF;
        const trailingCr = i + 1 === end && bytes[i] === CR; // a last line ending in a bare CR
        if (i < end && bytes[i] !== sep && bytes[i] !== LF && !crlf && !trailingCr) {
            // Text after the closing quote: kept, as pandas does; unquote() reads the raw field.
            field.escaped = true;
            while (i < end && bytes[i] !== sep && bytes[i] !== LF)
                i++;
            return finishField(bytes, pos, i, end, atEnd, sep, field);
        }
        if (field.escaped)
            return finishField(bytes, pos, closed, end, atEnd, sep, field);
        field.start = pos + 1;
        field.end = closed - 1;
        return terminate(bytes, closed, end, atEnd, sep, field);
    }
    while (i < end && bytes[i] !== sep && bytes[i] !== LF)
        i++;
    return finishField(bytes, pos, i, end, atEnd, sep, field);
}
/** Ends a field whose bytes run from `start` to `i` (a separator, a LF, or the end of the block). */
function finishField(bytes, start, i, end, atEnd, sep, field) {
    let valueEnd = i;
    if (i === end && !atEnd) {
        field.terminator = NEED_MORE;
        return true;
    }
    if ((i === end || bytes[i] === LF) && valueEnd > start && bytes[valueEnd - 1] === CR)
        valueEnd--;
    field.start = start;
    field.end = valueEnd;
    if (valueEnd < i && bytes[valueEnd] === CR)
        i = valueEnd; // let terminate() see the CR LF
    return terminate(bytes, i, end, atEnd, sep, field);
}
/** Records how the field ends at `i`: a separator, a line end (LF or CR LF), or the end of the data. */
function terminate(bytes, i, end, atEnd, sep, field) {
    if (i === end || (bytes[i] === CR && i + 1 === end)) {
        if (!atEnd) {
            field.terminator = NEED_MORE;
            return true;
        }
        field.terminator = END_OF_DATA;
        field.next = end;
    }
    else if (bytes[i] === sep) {
        field.terminator = SEPARATOR;
        field.next = i + 1;
    }
    else {
        field.terminator = END_OF_LINE;
        field.next = bytes[i] === CR ? i + 2 : i + 1;
    }
    return true;
}
/** The value of a raw quoted field `bytes[start, end)`: quotes removed, `""` turned into `"`. */
function unquote(bytes, start, end, into) {
    let n = 0;
    let quoted = false;
    for (let i = start; i < end; i++) {
        const byte = bytes[i];
        if (byte === QUOTE) {
            if (quoted && i + 1 < end && bytes[i + 1] === QUOTE) {
                into[n++] = QUOTE;
                i++;
            }
            else {
                quoted = !quoted;
            }
        }
        else {
            into[n++] = byte;
        }
    }
    return n;
}
/** The cells of one record, for the header and the type-inference sample (not the hot path). */
class Record {
    count = 0;
    starts = [];
    ends = [];
    /** Which byte array holds each cell: the block, or the scratch area for unescaped cells. */
    sources = [];
    scratch = new Uint8Array(1024);
    scratchUsed = 0;
    next = 0;
    newlines = 0;
}
/**
 * Reads the record at `pos` into `record`. Returns false when the block ends first and more will come.
 * Throws DataError when a quote is never closed.
 */
function readRecord(bytes, pos, end, atEnd, sep, record, field, file, line) {
    record.count = 0;
    record.scratchUsed = 0;
    record.newlines = 0;
    for (;;) {
        if (!scanField(bytes, pos, end, atEnd, sep, field)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .f(file, 'quote opened here is never closed', line + record.newlines);
        }
        if (field.terminator === NEED_MORE)
            return false;
        record.newlines += field.newlines;
        const k = record.count++;
        if (field.escaped) {
            const need = record.scratchUsed + field.end - field.start;
            if (need > record.scratch.length) {
                const larger = new Uint8Array(need * 2);
                larger.set(record.scratch.subarray(0, record.scratchUsed));
                record.scratch = larger;
                // Cells already unescaped point into the old scratch; repoint them.
                for (let j = 0; j < k; j++)
                    if (record.sources[j] !== bytes)
                        record.sources[j] = larger;
            }
            const length = unquote(bytes, field.start, field.end, record.scratch.subarray(record.scratchUsed));
            record.sources[k] = record.scratch;
            record.starts[k] = record.scratchUsed;
            record.ends[k] = record.scratchUsed + length;
            record.scratchUsed += length;
        }
        else {
            record.sources[k] = bytes;
            record.starts[k] = field.start;
            record.ends[k] = field.end;
        }
        pos = field.next;
        if (field.terminator !== SEPARATOR) {
            if (field.terminator === END_OF_LINE)
                record.newlines++;
            record.next = pos;
            return true;
        }
    }
}
/** A blank line: nothing, or only a CR, before the LF (or before the end of the data). */
function blankLineEnd(bytes, pos, end, atEnd) {
    if (pos < end && bytes[pos] === LF)
        return pos + 1;
    if (pos < end && bytes[pos] === CR) {
        if (pos + 1 < end && bytes[pos + 1] === LF)
            return pos + 2;
        if (pos + 1 === end && atEnd)
            return end;
    }
    return -1;
}
const BOM = [0xef, 0xbb, 0xbf];
function skipBom(bytes, end) {
    return end >= 3 && bytes[0] === BOM[0] && bytes[1] === BOM[1] && bytes[2] === BOM[2] ? 3 : 0;
}
/**
 * Parses the header record at the start of a block: returns it with the position after it, or undefined
 * when the block ends first. Checks that names are present and unique.
 */
function parseHeader(bytes, end, atEnd, sep, file) {
    let pos = skipBom(bytes, end);
    let line = 1;
    for (;;) {
        const blank = blankLineEnd(bytes, pos, end, atEnd);
        if (blank < 0)
            break;
        pos = blank;
        line++;
    }
    if (pos === end) {
        if (atEnd)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .f(file, 'the file is empty: expected a header row naming the columns');
        return undefined;
    }
    const record = new Record();
    if (!readRecord(bytes, pos, end, atEnd, sep, record, new Field(), file, line))
        return undefined;
    const names = [];
    const seen = new Map();
    for (let k = 0; k < record.count; k++) {
        const name = (0,_builders_js__WEBPACK_IMPORTED_MODULE_1__/* .decodeText */ .g7)(record.sources[k], record.starts[k], record.ends[k], file, line);
        if (name === '')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .f(file, `header column ${k + 1} has no name`, line);
        // Lines ended by a bare CR (classic Mac OS) are not line ends here: the whole file would be one header.
        if (/\r(?!\n)/.test(name)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .f(file, 'the header holds a carriage return (CR) that no line feed follows: lines that end with a bare CR are not read as separate lines; save the file with LF or CRLF line endings', line);
        }
        const first = seen.get(name);
        if (first !== undefined) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .f(file, `header column ${k + 1} repeats the name "${name}" of column ${first + 1}`, line);
        }
        seen.set(name, k);
        names.push(name);
    }
    return { header: { names, line }, next: record.next, nextLine: line + record.newlines };
}
async function readCsvHeader(file, gzip, sep) {
    let header;
    await (0,_byte_source_js__WEBPACK_IMPORTED_MODULE_2__/* .forEachBlock */ .aN)(file, gzip, (bytes, end, atEnd) => {
        const parsed = parseHeader(bytes, end, atEnd, sep, file);
        if (!parsed)
            return 0;
        header = parsed.header;
        return -1;
    }, _byte_source_js__WEBPACK_IMPORTED_MODULE_2__/* .HEADER_BLOCK_BYTES */ .Wf);
    if (!header)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .f(file, 'the file is empty: expected a header row naming the columns');
    return header;
}
/**
 * Feeds the cells of the file's rows to type inference until `stats.rows` reaches `limit` (rows sampled
 * across the files of the dataset). `samples` is by field position (undefined = a column not loaded).
 * Ragged rows are left out here; the loader reports them.
 */
async function sampleCsv(file, gzip, sep, samples, stats, limit) {
    let started = false;
    let line = 1;
    const record = new Record();
    const field = new Field();
    await (0,_byte_source_js__WEBPACK_IMPORTED_MODULE_2__/* .forEachBlock */ .aN)(file, gzip, (bytes, end, atEnd) => {
        let pos = 0;
        if (!started) {
            const parsed = parseHeader(bytes, end, atEnd, sep, file);
            if (!parsed)
                return 0;
            started = true;
            pos = parsed.next;
            line = parsed.nextLine;
        }
        while (pos < end) {
            if (stats.rows >= limit)
                return -1;
            const blank = blankLineEnd(bytes, pos, end, atEnd);
            if (blank >= 0) {
                pos = blank;
                line++;
                continue;
            }
            if (!readRecord(bytes, pos, end, atEnd, sep, record, field, file, line))
                return pos;
            if (record.count === samples.length) {
                for (let k = 0; k < record.count; k++) {
                    const sample = samples[k];
                    if (sample)
                        stats.observe(sample, record.sources[k], record.starts[k], record.ends[k]);
                }
                stats.rows++;
                stats.bytes += record.next - pos;
            }
            pos = record.next;
            line += record.newlines;
        }
        return pos;
    }, _byte_source_js__WEBPACK_IMPORTED_MODULE_2__/* .SAMPLE_BLOCK_BYTES */ .vD);
}
/** What the loader does with each field of a file, by position (csv-fast-path.ts defines them). */

/**
 * Parses every record of one CSV file into `table`. The per-row work happens in `parseRows`.
 */
async function loadCsv(file, gzip, sep, plan, table) {
    await (0,_byte_source_js__WEBPACK_IMPORTED_MODULE_2__/* .forEachBlock */ .aN)(file, gzip, csvBlockParser(file, sep, plan, table));
}
/**
 * The block parser loadCsv feeds: `(bytes, end, atEnd) => consumed`, as forEachBlock takes it. Exported for
 * readers that drive the blocks themselves (readTableChunks, which hands out rows between blocks).
 */
function csvBlockParser(file, sep, plan, table) {
    const loader = new CsvLoader(file, sep, plan, table);
    let started = false;
    return (bytes, end, atEnd) => {
        let pos = 0;
        if (!started) {
            const parsed = parseHeader(bytes, end, atEnd, sep, file);
            if (!parsed)
                return 0;
            if (parsed.header.names.length !== plan.kinds.length) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .f(file, 'the header changed while the file was being read', parsed.header.line);
            }
            started = true;
            pos = parsed.next;
            loader.line = parsed.nextLine;
        }
        return loader.parseRows(bytes, pos, end, atEnd);
    };
}
class CsvLoader {
    line = 1;
    file;
    sep;
    kinds;
    targets;
    numeric;
    categorical;
    missing;
    table;
    /** The compiled fast path for this file's layout (csv-fast-path.ts); none when compiling is forbidden. */
    fastRows;
    field = new Field();
    scratch = new Uint8Array(1024);
    /**
     * Codes found for short categorical cells (at most 8 bytes), RECENT_FIELDS words a slot: the cell's
     * hash, its field position, length, bytes packed into two words, then the code. A dictionary lookup
     * probes and compares bytes in a loop; this check is a few word compares, and finds most cells of a
     * column with few values (measured on the benchmark's two category columns: parsing 7 to 11% faster). Only codes the dictionary already held are kept: a code added by the row being
     * parsed goes away if that row is dropped (undoRow), and must not be found here afterwards.
     */
    recent = new Int32Array(RECENT_FIELDS * RECENT_SLOTS).fill(-1);
    /**
     * Per field position, the array of its column (refreshed when the table grows): numbers in `numbersOut`,
     * codes in `codesOut`, an empty placeholder in the other. Two arrays of one element type each keep the
     * stores in the hot loop monomorphic.
     */
    numbersOut;
    codesOut;
    /** Columns that noted an invalid cell, or added a dictionary value, for the row being parsed. */
    undoInvalid = [];
    undoValue = [];
    /** Where the fast path (FastRows), generalField or parseRest stopped: the position and its line. */
    next = 0;
    nextLine = 0;
    recordStart = 0;
    recordLine = 0;
    constructor(file, sep, plan, table) {
        this.file = file;
        this.sep = sep;
        this.kinds = plan.kinds;
        this.targets = plan.targets;
        this.fastRows = (0,_csv_fast_path_js__WEBPACK_IMPORTED_MODULE_3__/* .fastRowsFor */ .VA)({
            kinds: plan.kinds,
            sep,
            fastNumbers: !plan.missing.looksNumeric,
            emptyIsMissing: plan.missing.list.includes(''),
        });
        this.missing = plan.missing;
        this.table = table;
        this.numeric = Array.from(plan.targets, (t) => {
            const column = t >= 0 ? table.columns[t] : undefined;
            return column?.kind === 'numeric' ? column : undefined;
        });
        this.categorical = Array.from(plan.targets, (t) => {
            const column = t >= 0 ? table.columns[t] : undefined;
            return column?.kind === 'categorical' ? column : undefined;
        });
        this.numbersOut = Array.from(plan.targets, () => NO_NUMBERS);
        this.codesOut = Array.from(plan.targets, () => NO_CODES);
        this.refresh();
    }
    /** Picks up the columns' arrays (after the table grew). */
    refresh() {
        for (let j = 0; j < this.targets.length; j++) {
            const t = this.targets[j];
            const values = t >= 0 ? this.table.columns[t].values : undefined;
            if (values instanceof Float64Array)
                this.numbersOut[j] = values;
            if (values instanceof Int32Array)
                this.codesOut[j] = values;
        }
    }
    /** For the fast path: the code of the categorical cell `bytes[start, valueEnd)` of field `position`. */
    categoryCode(position, bytes, start, valueEnd, end, hash, line) {
        const length = valueEnd - start;
        // A short cell is first looked for among the codes recently found (see `recent`), by its bytes packed
        // into two words: no call, no loop.
        let at = -1;
        let word0 = 0;
        let word1 = 0;
        if (length <= 8 && start + 8 <= end) {
            const low = bytes[start] | (bytes[start + 1] << 8) | (bytes[start + 2] << 16) | (bytes[start + 3] << 24);
            const high = bytes[start + 4] | (bytes[start + 5] << 8) | (bytes[start + 6] << 16) | (bytes[start + 7] << 24);
            word0 = length >= 4 ? low : low & ((1 << (8 * length)) - 1);
            word1 = length >= 8 ? high : length <= 4 ? 0 : high & ((1 << (8 * (length - 4))) - 1);
            at = RECENT_FIELDS * ((hash ^ Math.imul(position, GOLDEN_RATIO)) & (RECENT_SLOTS - 1));
            const recent = this.recent;
            if (recent[at] === hash &&
                recent[at + 1] === position &&
                recent[at + 2] === length &&
                recent[at + 3] === word0 &&
                recent[at + 4] === word1) {
                return recent[at + 5];
            }
        }
        const builder = this.categorical[position];
        let code = builder.codes.get(bytes, start, valueEnd, hash);
        if (code >= 0 && at >= 0)
            this.remember(at, hash, position, length, word0, word1, code);
        if (code === _byte_dictionary_js__WEBPACK_IMPORTED_MODULE_4__/* .NOT_FOUND */ .p2) {
            code = builder.addValue(bytes, start, valueEnd, hash, this.file, line);
            this.undoValue.push(position);
        }
        return code;
    }
    remember(at, hash, position, length, word0, word1, code) {
        const recent = this.recent;
        recent[at] = hash;
        recent[at + 1] = position;
        recent[at + 2] = length;
        recent[at + 3] = word0;
        recent[at + 4] = word1;
        recent[at + 5] = code;
    }
    /** Makes room for one more row, and picks up the grown arrays. */
    grow() {
        this.table.reserve(this.table.rowCount + 1);
        this.refresh();
    }
    /**
     * Parses whole records from `bytes[pos, end)`; returns where the first incomplete record starts. Records
     * take the fast path (csv-fast-path.ts) as far as they can; a record continues on the general path from
     * the first field the fast path does not take.
     */
    parseRows(bytes, pos, end, atEnd) {
        const table = this.table;
        const fastRows = this.fastRows;
        let line = this.line;
        while (pos < end) {
            let first = 0;
            let recordStart = pos;
            let recordLine = line;
            if (fastRows && table.rowCount < table.capacity) {
                first = fastRows(this, bytes, pos, end, atEnd, line);
                pos = this.next;
                line = this.nextLine;
                recordStart = this.recordStart;
                recordLine = this.recordLine;
            }
            if (first === 0) {
                // At a record's start: the fast path stopped before a line break or a full table, or cannot take
                // this record's first field.
                if (pos >= end)
                    break;
                const blank = blankLineEnd(bytes, pos, end, atEnd);
                if (blank >= 0) {
                    pos = blank;
                    line++;
                    continue;
                }
                if (bytes[pos] === CR && pos + 1 === end)
                    break; // CR or CRLF? wait for the next block
                if (table.rowCount === table.capacity) {
                    this.grow();
                    continue;
                }
            }
            // General path, from field `first` on.
            const row = table.rowCount;
            const status = this.parseRest(bytes, pos, end, atEnd, first, row, line);
            if (status < 0) {
                this.undoRow(row);
                this.line = recordLine;
                return recordStart;
            }
            pos = this.next;
            line = this.nextLine;
            if (status !== this.kinds.length) {
                this.undoRow(row);
                table.addProblem({
                    file: this.file,
                    line: recordLine,
                    message: `expected ${this.kinds.length} fields, found ${status}`,
                });
                continue;
            }
            if (this.undoInvalid.length > 0)
                this.undoInvalid.length = 0;
            if (this.undoValue.length > 0)
                this.undoValue.length = 0;
            table.lines[row] = recordLine;
            table.rowCount = row + 1;
        }
        this.line = line;
        return pos;
    }
    /**
     * Reads fields `first`.. of a record with the general scanner. Returns the record's field count (with
     * `next` and `nextLine` after the record), or -1 when the block ends inside the record.
     */
    parseRest(bytes, pos, end, atEnd, first, row, line) {
        const { sep, kinds, field } = this;
        const fieldCount = kinds.length;
        let fields = first;
        let terminator = SEPARATOR;
        while (terminator === SEPARATOR) {
            if (!scanField(bytes, pos, end, atEnd, sep, field)) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .f(this.file, 'quote opened here is never closed', line);
            }
            terminator = field.terminator;
            if (terminator === NEED_MORE)
                return -1;
            line += field.newlines;
            if (fields < fieldCount)
                this.storeScanned(bytes, fields, row, line);
            fields++;
            pos = field.next;
        }
        if (terminator === END_OF_LINE)
            line++;
        this.next = pos;
        this.nextLine = line;
        return fields;
    }
    /**
     * For the fast path: reads field `position` (not the record's last) of the record at `row` with the
     * general scanner. Returns where the next field starts, with `nextLine` the line there; -1 when the record
     * must go on the general path from this field (the block ends inside it, or it ends the record).
     */
    generalField(position, bytes, pos, end, atEnd, row, line) {
        const field = this.field;
        if (!scanField(bytes, pos, end, atEnd, this.sep, field) || field.terminator !== SEPARATOR)
            return -1;
        this.nextLine = line + field.newlines;
        this.storeScanned(bytes, position, row, this.nextLine);
        return field.next;
    }
    /** Stores the field scanField just found in `bytes` as field `position` of the record at `row`. */
    storeScanned(bytes, position, row, line) {
        const kind = this.kinds[position];
        if (kind === _csv_fast_path_js__WEBPACK_IMPORTED_MODULE_3__/* .SKIP */ ._Z)
            return;
        const field = this.field;
        let cell = bytes;
        let start = field.start;
        let stop = field.end;
        if (field.escaped) {
            if (this.scratch.length < stop - start)
                this.scratch = new Uint8Array((stop - start) * 2);
            cell = this.scratch;
            stop = unquote(bytes, start, stop, cell);
            start = 0;
        }
        this.storeCell(kind, position, row, cell, start, stop, line);
    }
    storeCell(kind, position, row, bytes, start, end, line) {
        if (kind === _csv_fast_path_js__WEBPACK_IMPORTED_MODULE_3__/* .CATEGORY */ .XJ) {
            const builder = this.categorical[position];
            const hash = (0,_byte_dictionary_js__WEBPACK_IMPORTED_MODULE_4__/* .hashBytes */ .yi)(bytes, start, end);
            let code = builder.codes.get(bytes, start, end, hash);
            if (code === _byte_dictionary_js__WEBPACK_IMPORTED_MODULE_4__/* .NOT_FOUND */ .p2) {
                code = builder.addValue(bytes, start, end, hash, this.file, line);
                this.undoValue.push(position);
            }
            this.codesOut[position][row] = code;
            return;
        }
        const values = this.numbersOut[position];
        if (this.missing.has(bytes, start, end)) {
            values[row] = Number.NaN;
            return;
        }
        const value = (0,_cells_js__WEBPACK_IMPORTED_MODULE_5__/* .parseAs */ .gf)(this.numeric[position].type, bytes, start, end);
        values[row] = value;
        if (Number.isNaN(value)) {
            this.numeric[position].markInvalid(row, (0,_builders_js__WEBPACK_IMPORTED_MODULE_1__/* .decodeText */ .g7)(bytes, start, end, this.file, line));
            this.undoInvalid.push(position);
        }
    }
    /** Takes back what a dropped or incomplete row noted in the builders. */
    undoRow(row) {
        for (const position of this.undoInvalid)
            this.numeric[position].unmarkInvalid(row);
        for (let k = this.undoValue.length - 1; k >= 0; k--) {
            this.categorical[this.undoValue[k]].removeLastValue();
        }
        this.undoInvalid.length = 0;
        this.undoValue.length = 0;
    }
}


/***/ }),

/***/ 163:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  f: () => (/* binding */ DataError)
});

;// CONCATENATED MODULE: ./packages/core/src/errors.ts
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

;// CONCATENATED MODULE: ./packages/core/src/data/errors.ts

/**
 * A data file that cannot be read as a table: a missing file, a malformed header, bytes that are not UTF-8,
 * a quote that never closes. The message leads with `file:line` so it reads like a compiler diagnostic.
 * Rows that are merely unusable (ragged, bad JSON) are not errors: they become `RowProblem`s.
 */
class DataError extends UserError {
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

/***/ 380:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ freeMemory)
/* harmony export */ });
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


/***/ }),

/***/ 420:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BI: () => (/* binding */ jsonlBlockParser),
/* harmony export */   dq: () => (/* binding */ loadJsonl),
/* harmony export */   vQ: () => (/* binding */ sampleJsonl)
/* harmony export */ });
/* harmony import */ var _builders_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(480);
/* harmony import */ var _byte_source_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(555);
/* harmony import */ var _cells_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(475);
/**
 * JSON Lines (.jsonl / .ndjson): one JSON object per line; blank lines are ignored.
 *
 * - A line that is not valid JSON, or is valid JSON but not an object, is a RowProblem and is left out.
 * - The columns are the keys met in the first `inferRows` rows of the dataset, in order of first
 *   appearance. A key first met later is not a column: the row is kept, the key's values are ignored, and
 *   one RowProblem at the line where the key first appears says so (once per key, not once per row).
 * - A missing key, or null, is a missing cell. Strings equal to a missing-value text are missing too.
 * - Values are read by the column's type: JSON numbers and booleans directly, strings as text cells (the
 *   same parsers as CSV), nested objects and arrays as their JSON text.
 * - Type inference sees every value as text: numbers as JavaScript prints them, booleans as true/false,
 *   nested values as JSON text; so JSON Lines and CSV holding the same data get the same types.
 */



const LF = 0x0a;
const CR = 0x0d;
/**
 * Calls `each(text, line, bytes)` for every non-blank line of the file (`bytes`: its length with the line
 * end). Stops early when `each` returns false.
 */
async function forEachLine(file, gzip, each, blockBytes) {
    await (0,_byte_source_js__WEBPACK_IMPORTED_MODULE_0__/* .forEachBlock */ .aN)(file, gzip, lineParser(file, each), blockBytes);
}
/** The block parser forEachLine feeds: calls `each` for every non-blank line of the blocks it is given. */
function lineParser(file, each) {
    let line = 0;
    const parse = (bytes, end, atEnd) => {
        let pos = 0;
        while (pos < end) {
            let lineEnd = bytes.indexOf(LF, pos);
            if (lineEnd < 0 || lineEnd >= end) {
                if (!atEnd)
                    return pos;
                lineEnd = end;
            }
            line++;
            const next = Math.min(lineEnd + 1, end);
            if (lineEnd > pos && bytes[lineEnd - 1] === CR)
                lineEnd--;
            if (!isBlank(bytes, pos, lineEnd)) {
                const text = (0,_builders_js__WEBPACK_IMPORTED_MODULE_1__/* .decodeText */ .g7)(bytes, pos, lineEnd, file, line);
                if (!each(text, line, next - pos))
                    return -1;
            }
            pos = next;
        }
        return pos;
    };
    return parse;
}
function isBlank(bytes, start, end) {
    for (let i = start; i < end; i++) {
        const byte = bytes[i];
        if (byte !== 0x20 && byte !== 0x09 && byte !== CR)
            return false;
    }
    return true;
}
function parseLine(text) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        return { problem: `not valid JSON: ${error.message}` };
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        const found = value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`;
        return { problem: `expected a JSON object, found ${found}` };
    }
    return { row: value };
}
/** The text a JSON value stands for as a cell; undefined for null (missing). */
function cellText(value) {
    if (value === null || value === undefined)
        return undefined;
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' || typeof value === 'boolean')
        return String(value);
    return JSON.stringify(value);
}
/**
 * Samples the file's rows for type inference until `stats.rows` reaches `limit`; `keys` collects the
 * column names in order of first appearance.
 */
async function sampleJsonl(file, gzip, stats, limit, keys) {
    await forEachLine(file, gzip, (text, _line, bytes) => {
        if (stats.rows >= limit)
            return false;
        const parsed = parseLine(text);
        if ('problem' in parsed)
            return true;
        for (const [key, value] of Object.entries(parsed.row)) {
            if (!stats.columns.has(key))
                keys.push(key);
            const sample = stats.column(key);
            const cell = cellText(value);
            if (cell !== undefined)
                stats.observeString(sample, cell);
        }
        stats.rows++;
        stats.bytes += bytes;
        return true;
    }, _byte_source_js__WEBPACK_IMPORTED_MODULE_0__/* .SAMPLE_BLOCK_BYTES */ .vD);
}
async function loadJsonl(file, gzip, plan, table) {
    await (0,_byte_source_js__WEBPACK_IMPORTED_MODULE_0__/* .forEachBlock */ .aN)(file, gzip, jsonlBlockParser(file, plan, table));
}
/**
 * The block parser loadJsonl feeds, as forEachBlock takes it. Exported for readers that drive the blocks
 * themselves (readTableChunks, which hands out rows between blocks).
 */
function jsonlBlockParser(file, plan, table) {
    const store = new JsonCellStore(table.columns);
    const { names, known, reported } = plan;
    return lineParser(file, (text, line) => {
        const parsed = parseLine(text);
        if ('problem' in parsed) {
            table.addProblem({ file, line, message: parsed.problem });
            return true;
        }
        const object = parsed.row;
        if (table.rowCount === table.capacity)
            table.reserve(table.rowCount + 1);
        const row = table.rowCount;
        let matched = 0;
        for (let c = 0; c < names.length; c++) {
            const name = names[c];
            const present = Object.hasOwn(object, name);
            if (present)
                matched++;
            store.put(c, row, present ? object[name] : null);
        }
        const keys = Object.keys(object);
        if (keys.length > matched) {
            for (const key of keys) {
                if (known.has(key) || reported.has(key))
                    continue;
                reported.add(key);
                table.addProblem({
                    file,
                    line,
                    message: `key "${key}" is not a column (columns are the keys of the first ${plan.inferRows} rows); its values are ignored`,
                });
            }
        }
        table.lines[row] = line;
        table.rowCount++;
        return true;
    });
}
/** Stores JSON values into the columns. */
class JsonCellStore {
    columns;
    scratch = new Uint8Array(256);
    encoder = new TextEncoder();
    constructor(columns) {
        this.columns = columns;
    }
    put(c, row, value) {
        const column = this.columns[c];
        if (column.kind === 'categorical') {
            const text = cellText(value);
            column.values[row] = text === undefined ? -1 : column.codeOfString(text);
            return;
        }
        let number;
        if (value === null || value === undefined)
            number = Number.NaN;
        else if (typeof value === 'number')
            number = fromNumber(column.type, value);
        else if (typeof value === 'boolean')
            number = column.type === 'boolean' ? Number(value) : Number.NaN;
        else if (typeof value === 'string') {
            if (this.scratch.length < value.length * 3)
                this.scratch = new Uint8Array(value.length * 3);
            const length = this.encoder.encodeInto(value, this.scratch).written;
            if (column.missing.has(this.scratch, 0, length)) {
                column.values[row] = Number.NaN;
                return;
            }
            number = (0,_cells_js__WEBPACK_IMPORTED_MODULE_2__/* .parseAs */ .gf)(column.type, this.scratch, 0, length);
        }
        else
            number = Number.NaN;
        column.values[row] = number;
        if (Number.isNaN(number) && value !== null && value !== undefined) {
            column.markInvalid(row, cellText(value) ?? '');
        }
    }
}
/** A JSON number read as a numeric column type (NaN when it is not one). */
function fromNumber(type, value) {
    if (type === 'number')
        return value;
    if (type === 'integer')
        return Number.isSafeInteger(value) ? value : Number.NaN;
    if (type === 'boolean')
        return value === 0 || value === 1 ? value : Number.NaN;
    return Number.NaN; // a datetime is ISO 8601 text, not a number
}


/***/ }),

/***/ 834:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  $: () => (/* binding */ resolveOptions)
});

// UNUSED EXPORTS: DEFAULT_MISSING_VALUES

;// CONCATENATED MODULE: ./packages/core/src/by-name.ts
/**
 * A record keyed by names that come from data or inputs (column names, mostly), made without a prototype.
 * A plain object answers a lookup of `constructor` or `toString` with its prototype's members, and drops a
 * `__proto__` key on assignment, so a column named that way would get a wrong type or lose its setting.
 */
function byName(entries = {}) {
    return Object.assign(Object.create(null), entries);
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

;// CONCATENATED MODULE: ./packages/core/src/data/options.ts


/** The texts pandas' read_csv treats as missing by default (its `na_values`). */
const DEFAULT_MISSING_VALUES = [
    '',
    '#N/A',
    '#N/A N/A',
    '#NA',
    '-1.#IND',
    '-1.#QNAN',
    '-NaN',
    '-nan',
    '1.#IND',
    '1.#QNAN',
    '<NA>',
    'N/A',
    'NA',
    'NULL',
    'NaN',
    'None',
    'n/a',
    'nan',
    'null',
];
function integerOption(name, value, fallback, min) {
    if (value === undefined)
        return fallback;
    if (!Number.isSafeInteger(value) || value < min) {
        const what = min === 1 ? 'a positive' : 'a non-negative';
        throw new TypeError(`read option ${name} must be ${what} integer, got ${value}`);
    }
    return value;
}
function typeMap(given) {
    const types = byName(given);
    for (const [name, type] of Object.entries(types)) {
        if (!COLUMN_TYPES.includes(type)) {
            throw new TypeError(`column type for "${name}" must be one of ${COLUMN_TYPES.join(', ')}; got "${type}"`);
        }
    }
    return types;
}
function resolveOptions(options = {}) {
    return {
        columnTypes: typeMap(options.columnTypes),
        typeHints: typeMap(options.typeHints),
        columns: options.columns,
        excludeColumns: options.excludeColumns,
        missingValues: options.missingValues ?? DEFAULT_MISSING_VALUES,
        inferRows: integerOption('inferRows', options.inferRows, 10_000, 1),
        maxInvalidExamples: integerOption('maxInvalidExamples', options.maxInvalidExamples, 20, 0),
        maxProblems: integerOption('maxProblems', options.maxProblems, 1_000, 0),
    };
}


/***/ }),

/***/ 27:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   he: () => (/* binding */ readTableChunks)
/* harmony export */ });
/* unused harmony exports defaultChunkRows, releasingChunks */
/* harmony import */ var _builders_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(480);
/* harmony import */ var _byte_source_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(555);
/* harmony import */ var _csv_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(269);
/* harmony import */ var _csv_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(702);
/* harmony import */ var _jsonl_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(420);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(834);
/* harmony import */ var _read_table_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(595);
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
const CHUNK_CELL_BYTES = 32 * 1024 * 1024;
const MIN_CAPACITY = 1024;
/** The default rows per chunk for `columns` columns. */
function defaultChunkRows(columns, bytes = CHUNK_CELL_BYTES) {
    return Math.max(1, Math.min(MAX_CHUNK_ROWS, Math.floor(bytes / (8 * Math.max(1, columns)))));
}
/**
 * A TableBuilder that never holds more than `chunkRows` rows: when a reader asks for room past that, the
 * rows so far become a finished chunk (queued in `ready`) and the columns start over with fresh arrays.
 * Readers re-read the arrays after asking for room, so they write on into the new ones.
 */
class ChunkBuilder extends _builders_js__WEBPACK_IMPORTED_MODULE_0__/* .TableBuilder */ .Oh {
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
        const grown = Math.max(rows, Math.ceil(this.capacity * 1.5), MIN_CAPACITY);
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
    for await (const block of (0,_byte_source_js__WEBPACK_IMPORTED_MODULE_1__/* .fileBlocks */ ["do"])(file, gzip)) {
        block.consumed = parse(block.bytes, block.end, block.atEnd);
        yield* builder.ready.splice(0);
    }
}
function makeBuilder(names, types, options, chunkSize, pool) {
    const missing = new _builders_js__WEBPACK_IMPORTED_MODULE_0__/* .MissingValues */ .J_(options.missingValues);
    const columns = names.map((name, c) => {
        const type = types[c];
        return type === 'string' || type === 'category'
            ? new _builders_js__WEBPACK_IMPORTED_MODULE_0__/* .CategoricalBuilder */ .Sl(name, type, missing)
            : new _builders_js__WEBPACK_IMPORTED_MODULE_0__/* .NumericBuilder */ .Lm(name, type, missing, options.maxInvalidExamples);
    });
    return new ChunkBuilder(columns, options.maxProblems, chunkSize(names.length), pool);
}
async function* delimitedChunks(files, options, chunkSize, pool) {
    const { sep, headers, names, types } = await (0,_read_table_js__WEBPACK_IMPORTED_MODULE_2__/* .planDelimited */ .Fi)(files, options, false);
    const builder = makeBuilder(names, types, options, chunkSize, pool);
    const missing = new _builders_js__WEBPACK_IMPORTED_MODULE_0__/* .MissingValues */ .J_(options.missingValues);
    const index = new Map(names.map((name, c) => [name, c]));
    for (let f = 0; f < files.length; f++) {
        const targets = Int32Array.from(headers[f], (name) => index.get(name) ?? -1);
        const kinds = Uint8Array.from(headers[f], (_, k) => (targets[k] < 0 ? _csv_js__WEBPACK_IMPORTED_MODULE_3__/* .SKIP */ ._Z : _read_table_js__WEBPACK_IMPORTED_MODULE_2__/* .KIND_OF */ .V[types[targets[k]]]));
        builder.beginFile(files[f].path, files[f].format);
        const parse = (0,_csv_js__WEBPACK_IMPORTED_MODULE_4__/* .csvBlockParser */ .DC)(files[f].path, sep, { kinds, targets, missing }, builder);
        yield* parseFile(files[f].path, files[f].gzip, parse, builder);
    }
    builder.finishChunks();
    yield* builder.ready.splice(0);
}
async function* jsonLinesChunks(files, options, chunkSize, pool) {
    const { keys, names, types } = await (0,_read_table_js__WEBPACK_IMPORTED_MODULE_2__/* .planJsonLines */ .FH)(files, options);
    const builder = makeBuilder(names, types, options, chunkSize, pool);
    const plan = { names, known: new Set(keys), reported: new Set(), inferRows: options.inferRows };
    for (const file of files) {
        builder.beginFile(file.path, file.format);
        yield* parseFile(file.path, file.gzip, (0,_jsonl_js__WEBPACK_IMPORTED_MODULE_5__/* .jsonlBlockParser */ .BI)(file.path, plan, builder), builder);
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
    const resolved = (0,_options_js__WEBPACK_IMPORTED_MODULE_6__/* .resolveOptions */ .$)(readOptions);
    const files = await (0,_read_table_js__WEBPACK_IMPORTED_MODULE_2__/* .datasetFiles */ .gm)(inputs);
    switch (files[0].format) {
        case 'csv':
        case 'tsv':
            yield* delimitedChunks(files, resolved, chunkSize, pool);
            return;
        case 'jsonl':
            yield* jsonLinesChunks(files, resolved, chunkSize, pool);
            return;
        case 'parquet':
            yield { ...(await (0,_read_table_js__WEBPACK_IMPORTED_MODULE_2__/* .readTable */ .xz)(inputs, readOptions)), rowOffset: 0 };
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


/***/ }),

/***/ 872:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _buffer_pool_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(825);
/* harmony import */ var _read_chunks_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(27);
/* harmony import */ var _read_table_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(595);
/* harmony import */ var _worker_protocol_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(55);
/**
 * The worker's side of reading on worker threads (parallel.ts, chunk-reading.ts), the script every such
 * worker runs (worker-protocol.ts, workerScript). The build bundles it on its own into
 * `<action>/dist/read-table-worker/`: a worker then loads the readers and nothing else.
 */





/** Reads one dataset whole, posts its table, then waits to be ended. */
async function readWhole(port, job) {
    try {
        const table = await (0,_read_table_js__WEBPACK_IMPORTED_MODULE_1__/* .readTable */ .xz)(job.inputs, job.options);
        port.postMessage({ table }, (0,_worker_protocol_js__WEBPACK_IMPORTED_MODULE_2__/* .buffersOf */ .J0)(table));
    }
    catch (error) {
        port.postMessage((0,_worker_protocol_js__WEBPACK_IMPORTED_MODULE_2__/* .errorReply */ .fs)(error));
    }
    // A listening port keeps the thread alive until the parent ends it.
    port.on('message', () => { });
}
/**
 * Reads the job that comes as the first message in chunks, posting each as it is cut, never more than
 * CHUNKS_AHEAD ahead of the parent: each credit from the parent lets one more chunk go, and brings the
 * buffers of a chunk it is done with for the next chunks to reuse.
 */
async function readChunks(port) {
    const job = await new Promise((resolve) => port.once('message', resolve));
    let credit = _worker_protocol_js__WEBPACK_IMPORTED_MODULE_2__/* .CHUNKS_AHEAD */ .x8;
    let resume;
    const pool = new _buffer_pool_js__WEBPACK_IMPORTED_MODULE_3__/* .BufferPool */ .P();
    port.on('message', (message) => {
        pool.give(message.recycled);
        credit++;
        resume?.();
        resume = undefined;
    });
    try {
        const sent = [];
        for await (const chunk of (0,_read_chunks_js__WEBPACK_IMPORTED_MODULE_4__/* .readTableChunks */ .he)(job.inputs, job.options, pool)) {
            while (credit === 0)
                await new Promise((resolve) => (resume = resolve));
            credit--;
            const added = chunk.columns.map((column, c) => {
                if (column.kind !== 'categorical')
                    return null;
                const fresh = column.dictionary.slice(sent[c] ?? 0);
                sent[c] = column.dictionary.length;
                return fresh;
            });
            const posted = {
                ...chunk,
                columns: chunk.columns.map((column) => column.kind === 'categorical' ? { ...column, dictionary: [] } : column),
            };
            port.postMessage({ chunk: posted, added }, [...new Set((0,_worker_protocol_js__WEBPACK_IMPORTED_MODULE_2__/* .buffersOf */ .J0)(chunk))]);
        }
        port.postMessage({ done: true });
    }
    catch (error) {
        port.postMessage((0,_worker_protocol_js__WEBPACK_IMPORTED_MODULE_2__/* .errorReply */ .fs)(error));
    }
}
if (!node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.isMainThread && node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort) {
    const role = node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.workerData?.role;
    if (role === _worker_protocol_js__WEBPACK_IMPORTED_MODULE_2__/* .TABLE_ROLE */ .KQ)
        await readWhole(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort, node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.workerData);
    else if (role === _worker_protocol_js__WEBPACK_IMPORTED_MODULE_2__/* .CHUNKS_ROLE */ .e)
        await readChunks(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort);
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 595:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  V: () => (/* binding */ KIND_OF),
  gm: () => (/* binding */ datasetFiles),
  Fi: () => (/* binding */ planDelimited),
  FH: () => (/* binding */ planJsonLines),
  xz: () => (/* binding */ readTable)
});

// UNUSED EXPORTS: dataFile, isTableFileName, listNames, resolveInputs, sameColumns, selectColumns

;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
// EXTERNAL MODULE: external "fs"
var external_fs_ = __nccwpck_require__(896);
var external_fs_namespaceObject = /*#__PURE__*/__nccwpck_require__.t(external_fs_, 2);
;// CONCATENATED MODULE: external "path"
const external_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");
;// CONCATENATED MODULE: external "url"
const external_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");
;// CONCATENATED MODULE: external "module"
const external_module_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("module");
;// CONCATENATED MODULE: ./node_modules/tinyglobby/node_modules/fdir/dist/index.mjs




//#region rolldown:runtime
var __require = /* @__PURE__ */ (0,external_module_namespaceObject.createRequire)(import.meta.url);

//#endregion
//#region src/utils.ts
function cleanPath(path) {
	let normalized = (0,external_path_namespaceObject.normalize)(path);
	if (normalized.length > 1 && normalized[normalized.length - 1] === external_path_namespaceObject.sep) normalized = normalized.substring(0, normalized.length - 1);
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
	if (resolvePaths) path = (0,external_path_namespaceObject.resolve)(path);
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
		else return convertSlashes((0,external_path_namespaceObject.relative)(root, directoryPath), options.pathSeparator) + options.pathSeparator + filename;
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
	let parent = (0,external_path_namespaceObject.dirname)(path);
	let depth = 1;
	while (parent !== state.root && depth < 2) {
		const resolvedPath = state.symlinks.get(parent);
		const isSameRoot = !!resolvedPath && (resolvedPath === resolved || resolvedPath.startsWith(resolved) || resolved.startsWith(resolvedPath));
		if (isSameRoot) depth++;
		else parent = (0,external_path_namespaceObject.dirname)(parent);
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
						const filename = (0,external_path_namespaceObject.basename)(resolvedPath);
						const directoryPath$1 = normalizePath((0,external_path_namespaceObject.dirname)(resolvedPath), this.state.options);
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
		pathSeparator: external_path_namespaceObject.sep,
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
var picomatch = __nccwpck_require__(501);
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
	if (absolute) return (p) => external_path_namespaceObject.posix.relative(cwd, p) || ".";
	return (p) => external_path_namespaceObject.posix.relative(cwd, `${root}/${p}`) || ".";
}
function buildRelative(cwd, root) {
	if (root.startsWith(`${cwd}/`)) {
		const prefix = root.slice(cwd.length + 1);
		return (p) => `${prefix}/${p}`;
	}
	return (p) => {
		const result = external_path_namespaceObject.posix.relative(cwd, `${root}/${p}`);
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
function log(...tasks) {
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
	result = (0,external_path_namespaceObject.isAbsolute)(result.replace(ESCAPING_BACKSLASHES, "")) ? external_path_namespaceObject.posix.relative(escapedCwd, result) : external_path_namespaceObject.posix.normalize(result);
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
		const potentialRoot = external_path_namespaceObject.posix.join(cwd, parentDir.slice(i * 3));
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
		props.root = ensureNonDriveRelativePath(newCommonPath.length > 0 ? external_path_namespaceObject.posix.join(cwd, ...newCommonPath) : cwd);
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
	if (options.debug) log("internal processing patterns:", processed);
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
			if (matches) log(`matched ${path}`);
			return matches;
		} : (p, isDirectory) => {
			const path = format(p, isDirectory);
			return matcher(path) && !ignore(path);
		}],
		exclude: debug ? (_, p) => {
			const skipped = excludePredicate(_, p);
			log(`${skipped ? "skipped" : "crawling"} ${p}`);
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
	if (options.debug) log("internal properties:", {
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
	opts.cwd = (opts.cwd instanceof URL ? (0,external_url_namespaceObject.fileURLToPath)(opts.cwd) : (0,external_path_namespaceObject.resolve)(opts.cwd || process.cwd())).replace(BACKSLASHES, "/");
	opts.ignore = ensureStringArray(opts.ignore);
	opts.fs && (opts.fs = {
		readdir: opts.fs.readdir || external_fs_.readdir,
		readdirSync: opts.fs.readdirSync || external_fs_.readdirSync,
		realpath: opts.fs.realpath || external_fs_.realpath,
		realpathSync: opts.fs.realpathSync || external_fs_.realpathSync,
		stat: opts.fs.stat || external_fs_.stat,
		statSync: opts.fs.statSync || external_fs_.statSync
	});
	if (opts.debug) log("globbing with options:", opts);
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


// EXTERNAL MODULE: ./packages/core/src/data/builders.ts
var builders = __nccwpck_require__(480);
// EXTERNAL MODULE: ./packages/core/src/data/byte-source.ts + 1 modules
var byte_source = __nccwpck_require__(555);
// EXTERNAL MODULE: ./packages/core/src/data/csv-fast-path.ts
var csv_fast_path = __nccwpck_require__(269);
// EXTERNAL MODULE: ./packages/core/src/data/csv.ts
var csv = __nccwpck_require__(702);
// EXTERNAL MODULE: ./packages/core/src/data/errors.ts + 1 modules
var errors = __nccwpck_require__(163);
;// CONCATENATED MODULE: ./packages/core/src/data/header-hint.ts
/**
 * A hint for a file read without its header row. Readers take a CSV's first row as the column names (as
 * pandas does), so a file that has none loses that row to the header and its columns get names such as
 * "0.345584". Those names then match nothing the gates look for, and the gates say which columns are
 * missing; this names the likely cause. Only names that read as decimal numbers with a fraction or an
 * exponent count: integer names (years, pandas' default 0, 1, 2) are ordinary column names.
 */
const DECIMAL_WITH_FRACTION_OR_EXPONENT = /^[+-]?(\d+\.\d*|\.\d+|\d+(\.\d*)?[eE][+-]?\d+)$/;
const NAMES_SHOWN = 3;
/** Empty, or a sentence (with a leading space) to append to a message about columns missing from `file`. */
function headerRowHint(file, names) {
    const numeric = names.filter((name) => DECIMAL_WITH_FRACTION_OR_EXPONENT.test(name.trim()));
    if (numeric.length === 0)
        return '';
    const shown = numeric.slice(0, NAMES_SHOWN).map((name) => `"${name}"`);
    if (numeric.length > NAMES_SHOWN)
        shown.push(`${numeric.length - NAMES_SHOWN} more`);
    return ` Column names of ${file} read as numbers (${shown.join(', ')}): if it has no header row, add one; its first row is read as the column names.`;
}

// EXTERNAL MODULE: ./packages/core/src/data/byte-dictionary.ts
var byte_dictionary = __nccwpck_require__(883);
// EXTERNAL MODULE: ./packages/core/src/data/cells.ts
var cells = __nccwpck_require__(475);
;// CONCATENATED MODULE: ./packages/core/src/data/infer.ts
/**
 * Type inference, in the spirit of TFDV's schema inference: each column's type is decided from the text of
 * its cells in the first `inferRows` rows of the dataset, missing-value texts aside.
 *
 *  - boolean   every cell is `true` or `false` (any case); 0/1 columns stay integer
 *  - integer   every cell is an integer literal that is a safe integer (|v| <= 2^53 - 1)
 *  - number    every cell is a decimal number (or inf / infinity)
 *  - datetime  every cell is an ISO 8601 date or date-time (see parseDatetime)
 *  - category  other text with a small domain: at most 1,000 distinct values, and either each value
 *              repeats 20 times on average (distinct <= cells / 20) or there are at most 20 distinct
 *              values and at least one repeats
 *  - string    other text (ids, free text)
 *
 * A column with no value in the sample is `string`: nothing is known about it, and text keeps every later
 * value without loss. Cells after the sample that do not fit a numeric type become invalid cells.
 */


const MAX_CATEGORIES = 1000;
const SMALL_DOMAIN = 20;
const MIN_AVERAGE_REPEATS = 20;
class ColumnSample {
    values = 0;
    integer = true;
    number = true;
    boolean = true;
    datetime = true;
    /** Distinct value texts, counted up to MAX_CATEGORIES + 1. */
    distinct = new byte_dictionary/* ByteDictionary */.rM();
}
const encoder = new TextEncoder();
/** Per-column evidence gathered over the sampled rows of a dataset. */
class SampleStats {
    columns = new Map();
    /** Rows sampled so far, across files, and the bytes they took (to estimate the row count). */
    rows = 0;
    bytes = 0;
    missing = new byte_dictionary/* ByteDictionary */.rM();
    scratch = new Uint8Array(256);
    constructor(missingValues) {
        for (const text of missingValues) {
            const bytes = encoder.encode(text);
            const hash = (0,byte_dictionary/* hashBytes */.yi)(bytes, 0, bytes.length);
            if (this.missing.get(bytes, 0, bytes.length, hash) === byte_dictionary/* NOT_FOUND */.p2)
                this.missing.add(bytes, 0, bytes.length, hash, 0);
        }
    }
    column(name) {
        let sample = this.columns.get(name);
        if (!sample) {
            sample = new ColumnSample();
            this.columns.set(name, sample);
        }
        return sample;
    }
    /** Records one cell given as UTF-8 bytes. */
    observe(sample, bytes, start, end) {
        const hash = (0,byte_dictionary/* hashBytes */.yi)(bytes, start, end);
        if (this.missing.get(bytes, start, end, hash) !== byte_dictionary/* NOT_FOUND */.p2)
            return;
        sample.values++;
        if (sample.boolean && (0,cells/* parseBooleanWord */.op)(bytes, start, end) < 0)
            sample.boolean = false;
        if (sample.integer && !(0,cells/* isIntegerLiteral */.m)(bytes, start, end))
            sample.integer = false;
        if (sample.number && Number.isNaN((0,cells/* parseNumber */.$J)(bytes, start, end)))
            sample.number = false;
        if (sample.datetime && Number.isNaN((0,cells/* parseDatetime */.X7)(bytes, start, end)))
            sample.datetime = false;
        const distinct = sample.distinct;
        if (distinct.keyCount <= MAX_CATEGORIES && distinct.get(bytes, start, end, hash) === byte_dictionary/* NOT_FOUND */.p2) {
            distinct.add(bytes, start, end, hash, distinct.keyCount);
        }
    }
    /** Records one cell given as a JS string. */
    observeString(sample, text) {
        if (this.scratch.length < text.length * 3)
            this.scratch = new Uint8Array(text.length * 3);
        const length = encoder.encodeInto(text, this.scratch).written;
        this.observe(sample, this.scratch, 0, length);
    }
}
/** The type the sampled cells of a column point to (see the module comment for the rules). */
function inferType(sample) {
    if (!sample || sample.values === 0)
        return 'string';
    if (sample.boolean)
        return 'boolean';
    if (sample.integer)
        return 'integer';
    if (sample.number)
        return 'number';
    if (sample.datetime)
        return 'datetime';
    return textType(sample);
}
/** category or string, from the number of distinct values among the sampled cells. */
function textType(sample) {
    const distinct = sample.distinct.keyCount;
    if (distinct > MAX_CATEGORIES)
        return 'string';
    if (distinct * MIN_AVERAGE_REPEATS <= sample.values)
        return 'category';
    if (distinct <= SMALL_DOMAIN && distinct < sample.values)
        return 'category';
    return 'string';
}

// EXTERNAL MODULE: ./packages/core/src/data/jsonl.ts
var jsonl = __nccwpck_require__(420);
// EXTERNAL MODULE: ./packages/core/src/data/options.ts + 2 modules
var data_options = __nccwpck_require__(834);
// EXTERNAL MODULE: ./packages/core/src/data/stdin-source.ts + 1 modules
var stdin_source = __nccwpck_require__(241);
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











const FORMATS = [
    ['.csv', 'csv', false],
    ['.csv.gz', 'csv', true],
    ['.tsv', 'tsv', false],
    ['.tsv.gz', 'tsv', true],
    ['.jsonl', 'jsonl', false],
    ['.jsonl.gz', 'jsonl', true],
    ['.ndjson', 'jsonl', false],
    ['.ndjson.gz', 'jsonl', true],
    ['.parquet', 'parquet', false],
];
/** Whether the readers know `path`'s format from its name (.csv, .tsv, .jsonl, .ndjson, .parquet, gzipped). */
function isTableFileName(path) {
    const lower = path.toLowerCase();
    return FORMATS.some(([suffix]) => lower.endsWith(suffix));
}
function dataFile(path) {
    if (path === stdin_source/* STDIN */.TF)
        return { path, format: 'csv', gzip: false };
    const lower = path.toLowerCase();
    if ((0,stdin_source/* isStdin */.jD)(path) && lower.endsWith('.parquet'))
        throw new errors/* DataError */.f(path, 'Parquet cannot be read from standard input (its index is at the end): give a file');
    for (const [suffix, format, gzip] of FORMATS) {
        if (lower.endsWith(suffix))
            return { path, format, gzip };
    }
    throw new errors/* DataError */.f(path, 'unknown data format: the name must end in .csv, .tsv, .jsonl, .ndjson or .parquet (or .csv.gz, .tsv.gz, .jsonl.gz, .ndjson.gz)');
}
/** Expands paths and globs, in the order given; a glob's matches are sorted. */
async function resolveInputs(inputs) {
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
            absolute: (0,external_node_path_namespaceObject.isAbsolute)(input),
            onlyFiles: true,
        });
        if (matches.length === 0)
            throw new errors/* DataError */.f(input, 'the pattern matches no file');
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
                throw new errors/* DataError */.f(file, `${what} names a column "${name}" that does not exist; the columns are: ${listNames(names)}` +
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
    throw new errors/* DataError */.f(other.path, `its columns differ from ${first.path}: ${parts.join('; ')}`);
}
function makeBuilders(names, types, missing, options) {
    return names.map((name, c) => {
        const type = types[c];
        return type === 'string' || type === 'category'
            ? new builders/* CategoricalBuilder */.Sl(name, type, missing)
            : new builders/* NumericBuilder */.Lm(name, type, missing, options.maxInvalidExamples);
    });
}
const KIND_OF = {
    number: csv_fast_path/* NUMBER */.uk,
    integer: csv_fast_path/* INTEGER */.vh,
    boolean: csv_fast_path/* BOOLEAN */.Jx,
    datetime: csv_fast_path/* DATETIME */.cD,
    string: csv_fast_path/* CATEGORY */.XJ,
    category: csv_fast_path/* CATEGORY */.XJ,
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
        bytes += await (0,byte_source/* dataSize */.Q3)(file.path, file.gzip);
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
async function planDelimited(files, options, measure = true) {
    const sep = files[0].format === 'tsv' ? csv/* TAB */.wn : csv/* COMMA */.KE;
    const headers = [];
    for (const file of files)
        headers.push((await (0,csv/* readCsvHeader */.km)(file.path, file.gzip, sep)).names);
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
        await (0,csv/* sampleCsv */.po)(file.path, file.gzip, sep, samples, stats, options.inferRows);
    }
    const types = names.map((name) => givenType(name, options) ?? inferType(stats.columns.get(name)));
    return { sep, headers, names, types, stats, sampledFiles };
}
async function readDelimited(files, options) {
    const { sep, headers, names, types, stats, sampledFiles } = await planDelimited(files, options);
    const missing = new builders/* MissingValues */.J_(options.missingValues);
    const table = new builders/* TableBuilder */.Oh(makeBuilders(names, types, missing, options), options.maxProblems);
    const sampledAll = sampledFiles === files.length && stats.rows < options.inferRows;
    table.reserve(await estimateRows(files, stats, sampledAll), true);
    const index = new Map(names.map((name, c) => [name, c]));
    for (let f = 0; f < files.length; f++) {
        const header = headers[f];
        const targets = Int32Array.from(header, (name) => index.get(name) ?? -1);
        const kinds = Uint8Array.from(header, (_, k) => (targets[k] < 0 ? csv_fast_path/* SKIP */._Z : KIND_OF[types[targets[k]]]));
        const firstRow = table.rowCount;
        await (0,csv/* loadCsv */.xd)(files[f].path, files[f].gzip, sep, { kinds, targets, missing }, table);
        table.addSource(files[f].path, files[f].format, firstRow);
    }
    return table.finish();
}
/** The first pass over a JSON Lines dataset: its columns (the keys of the first rows) and their types. */
async function planJsonLines(files, options) {
    const stats = new SampleStats(options.missingValues);
    const keys = [];
    let sampledFiles = 0;
    for (; sampledFiles < files.length && stats.rows < options.inferRows; sampledFiles++) {
        await (0,jsonl/* sampleJsonl */.vQ)(files[sampledFiles].path, files[sampledFiles].gzip, stats, options.inferRows, keys);
    }
    if (keys.length === 0) {
        throw new errors/* DataError */.f(files[0].path, `no columns: the first ${options.inferRows} rows hold no JSON object with a key (the columns of JSON Lines are the keys of its first rows)`);
    }
    const names = selectColumns(keys, options, files[0].path);
    const types = names.map((name) => givenType(name, options) ?? inferType(stats.columns.get(name)));
    return { keys, names, types, stats, sampledFiles };
}
async function readJsonLines(files, options) {
    const { keys, names, types, stats, sampledFiles } = await planJsonLines(files, options);
    const table = new builders/* TableBuilder */.Oh(makeBuilders(names, types, new builders/* MissingValues */.J_(options.missingValues), options), options.maxProblems);
    const sampledAll = sampledFiles === files.length && stats.rows < options.inferRows;
    table.reserve(await estimateRows(files, stats, sampledAll), true);
    const plan = { names, known: new Set(keys), reported: new Set(), inferRows: options.inferRows };
    for (const file of files) {
        const firstRow = table.rowCount;
        await (0,jsonl/* loadJsonl */.dq)(file.path, file.gzip, plan, table);
        table.addSource(file.path, file.format, firstRow);
    }
    return table.finish();
}
async function readParquetFiles(files, options) {
    // Imported here, not at the top: the Parquet reader and its decompressors are a seventh of an action's
    // bundle, and a bundler leaves a dynamic import in a chunk of its own that only a Parquet read loads.
    // Every action starts faster and in less memory when its data is CSV or JSON Lines.
    const { loadParquet, openParquet, sampleParquet } = await Promise.all(/* import() */[__nccwpck_require__.e(74), __nccwpck_require__.e(922)]).then(__nccwpck_require__.bind(__nccwpck_require__, 922));
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
    const table = new builders/* TableBuilder */.Oh(makeBuilders(names, types, new builders/* MissingValues */.J_(options.missingValues), options), options.maxProblems);
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
async function datasetFiles(inputs) {
    const files = (await resolveInputs(inputs)).map(dataFile);
    for (const file of files.slice(1)) {
        if (file.format !== files[0].format) {
            throw new errors/* DataError */.f(file.path, `is ${file.format} but ${files[0].path} is ${files[0].format}: the files of one dataset must share a format`);
        }
    }
    return files;
}
/**
 * Reads one dataset — the files named by `inputs` (paths or globs), in order — into one Table.
 * Throws DataError for unusable data (with file and line), TypeError for bad options.
 */
async function readTable(inputs, options) {
    const resolved = (0,data_options/* resolveOptions */.$)(options);
    const files = await datasetFiles(inputs);
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


/***/ }),

/***/ 241:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  TF: () => (/* binding */ STDIN),
  jD: () => (/* binding */ isStdin),
  Bm: () => (/* binding */ openStdin)
});

// UNUSED EXPORTS: stdinReplay

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(24);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(455);
;// CONCATENATED MODULE: external "node:timers/promises"
const external_node_timers_promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");
// EXTERNAL MODULE: ./packages/core/src/data/errors.ts + 1 modules
var errors = __nccwpck_require__(163);
;// CONCATENATED MODULE: ./packages/core/src/data/stdin-source.ts
/**
 * Standard input as a data file, named `-` (CSV), `-.tsv` or `-.jsonl` / `-.ndjson`, so a generator or a
 * warehouse export can be piped into a reader without the data ever being written to disk.
 *
 * The readers open a dataset more than once: the header, then a sample of the first rows for the types,
 * then every row. A pipe can be read only once, so this source keeps the first bytes it reads (at most
 * STDIN_REPLAY_BYTES) and every later open replays them before reading on from the pipe. The planning
 * passes read only the start, so the final pass replays the start and streams the rest; memory stays at
 * most the kept bytes, whatever the length of the stream. The readers themselves are unchanged: any
 * number of early passes works, as long as they stay within the kept bytes.
 *
 * `/dev/stdin` is opened rather than `process.stdin` used: it works the same on a worker thread (where
 * `process.stdin` is not the process's input) and, for a pipe or FIFO, gives a blocking file description of
 * its own whatever mode the parent left descriptor 0 in. A socket (what Node's child_process gives a child
 * as its stdin) cannot be opened that way; descriptor 0 is then read directly, waiting while it is empty.
 */




/** The name of standard input among data files; the name with a format suffix reads that format. */
const STDIN = '-';
/** Bytes of the stream kept for the passes after the first; what the header and type sample may use. */
const stdinReplay = { bytes: 32 * 1024 * 1024 };
const STDIN_PATH = '/dev/stdin';
/** Whether a data file name means standard input: `-`, or `-` with a format suffix (`-.jsonl`). */
function isStdin(file) {
    return file === STDIN || file.startsWith(`${STDIN}.`);
}
function readDescriptor(fd, into, offset, length) {
    return new Promise((resolve, reject) => (0,external_node_fs_.read)(fd, into, offset, length, null, (error, bytes) => (error ? reject(error) : resolve(bytes))));
}
/** Descriptor 0 as it is, for a socket: a non-blocking one says EAGAIN while empty, so wait and retry. */
const descriptorZero = {
    async read(into, offset, length) {
        for (let wait = 1;; wait = Math.min(wait * 2, 50)) {
            try {
                return await readDescriptor(0, into, offset, length);
            }
            catch (error) {
                if (error.code !== 'EAGAIN')
                    throw error;
                await (0,external_node_timers_promises_namespaceObject.setTimeout)(wait);
            }
        }
    },
};
async function openInput() {
    try {
        const handle = await (0,promises_.open)(STDIN_PATH, 'r');
        return {
            read: async (into, offset, length) => (await handle.read(into, offset, length, null)).bytesRead,
        };
    }
    catch (error) {
        if (error.code === 'ENXIO')
            return descriptorZero;
        throw error;
    }
}
let shared;
function stream(file) {
    if (!shared) {
        const handle = openInput().catch((error) => {
            throw new errors/* DataError */.f(file, `standard input cannot be read: ${error.message}`);
        });
        // A failed open is reported by the first read; this only keeps it from being an unhandled rejection.
        handle.catch(() => undefined);
        shared = { handle, kept: [], keptBytes: 0, position: 0, ended: false };
    }
    return shared;
}
class StdinSource {
    file;
    state;
    /** This reader's position in the stream. */
    at = 0;
    constructor(file) {
        this.file = file;
        this.state = stream(file);
    }
    async read(into, offset, length) {
        const state = this.state;
        if (this.at < state.keptBytes)
            return this.replay(into, offset, length);
        if (this.at < state.position) {
            throw new errors/* DataError */.f(this.file, `standard input can be read only once, and its first ${state.keptBytes} bytes are all that is kept for reading the header and the type sample again; give fewer rows to infer types from (or set the column types), or read the data from a file`);
        }
        if (state.ended)
            return 0;
        const read = await (await state.handle).read(into, offset, length);
        if (read === 0) {
            state.ended = true;
            return 0;
        }
        state.position += read;
        this.at += read;
        const room = stdinReplay.bytes - state.keptBytes;
        if (room > 0 && state.keptBytes === this.at - read) {
            const keep = into.slice(offset, offset + Math.min(read, room));
            state.kept.push(keep);
            state.keptBytes += keep.length;
        }
        return read;
    }
    replay(into, offset, length) {
        let skip = this.at;
        let written = 0;
        for (const part of this.state.kept) {
            if (skip >= part.length) {
                skip -= part.length;
                continue;
            }
            const take = Math.min(part.length - skip, length - written);
            into.set(part.subarray(skip, skip + take), offset + written);
            written += take;
            skip = 0;
            if (written === length)
                break;
        }
        this.at += written;
        return written;
    }
    async close() { }
}
function openStdin(file, gzip) {
    if (gzip) {
        throw new errors/* DataError */.f(file, 'standard input is read as plain text: pipe it through gunzip and name it without .gz');
    }
    return new StdinSource(file);
}


/***/ }),

/***/ 55:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   J0: () => (/* binding */ buffersOf),
/* harmony export */   KQ: () => (/* binding */ TABLE_ROLE),
/* harmony export */   e: () => (/* binding */ CHUNKS_ROLE),
/* harmony export */   fs: () => (/* binding */ errorReply),
/* harmony export */   x8: () => (/* binding */ CHUNKS_AHEAD)
/* harmony export */ });
/* unused harmony exports errorFrom, workerScript */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(24);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(163);
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
    if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DataError */ .f) {
        const { name, message, file, line, column, reason } = error;
        return { error: { name, message, file, line, column, reason } };
    }
    const { name, message } = error instanceof Error ? error : new Error(String(error));
    return { error: { name, message } };
}
/** The error a worker reported, as the parent throws it: a DataError stays one, with its place. */
function errorFrom(reply) {
    if (reply.name === 'DataError' && reply.file !== undefined && reply.reason !== undefined) {
        return new DataError(reply.file, reply.reason, reply.line, reply.column);
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
    if (!existsSync(dedicated)) {
        throw new Error(`the data-reading worker's bundle is missing: ${dedicated.pathname}`);
    }
    return dedicated;
}


/***/ }),

/***/ 896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 24:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

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
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
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
/******/ var __webpack_exports__ = __nccwpck_require__(872);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
