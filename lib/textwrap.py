"""Text wrapping and filling (pyvm's own textwrap module).

The text is cut into chunks (words, whitespace runs, and pieces of hyphenated words) by a
hand-written splitter that follows CPython's word-separation rules, so lines break at the
same places; the chunks are then packed into lines greedily.
"""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

_whitespace = '\t\n\x0b\x0c\r '
_WORD_PUNCT_EXTRA = '!"\'&.,?'


def _is_word(c):
    return c.isalnum() or c == '_'


def _is_letter(c):
    # A word character that is not a digit.
    return _is_word(c) and not c.isdigit()


def _is_word_punct(c):
    return c != '' and (_is_word(c) or c in _WORD_PUNCT_EXTRA)


def _at(text, i):
    return text[i] if 0 <= i < len(text) else ''


class TextWrapper:
    """Wraps paragraphs to a width with the options given at creation; wrap() and fill()
    are the entry points, the underscore methods are hooks for subclasses."""

    unicode_whitespace_trans = dict.fromkeys(map(ord, _whitespace), ord(' '))

    def __init__(self, width=70, initial_indent="", subsequent_indent="", expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None,
                 placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        """Expand tabs and turn every whitespace character into a space (as configured)."""
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        """Split the text into indivisible chunks: whitespace runs, words, and (with
        break_on_hyphens) the parts of hyphenated words and em-dashes."""
        chunks = []
        n = len(text)
        i = 0
        while i < n:
            if text[i] in _whitespace:
                j = i
                while j < n and text[j] in _whitespace:
                    j += 1
            elif not self.break_on_hyphens:
                j = i
                while j < n and text[j] not in _whitespace:
                    j += 1
            else:
                j = self._dash_run(text, i) or self._word_end(text, i)
            chunks.append(text[i:j])
            i = j
        return chunks

    @staticmethod
    def _dash_run(text, i):
        # An em-dash ("--" or longer) between a word and a word character is a chunk of its
        # own; returns its end, or 0.
        if text[i] != '-' or not _is_word_punct(_at(text, i - 1)):
            return 0
        j = i
        while j < len(text) and text[j] == '-':
            j += 1
        if j - i >= 2 and _is_word(_at(text, j)):
            return j
        return 0

    @staticmethod
    def _word_end(text, i):
        # The shortest run of non-whitespace from i that ends at whitespace or the end, just
        # after a breakable hyphen, or just before an em-dash.
        n = len(text)
        j = i + 1
        while True:
            if j >= n or text[j] in _whitespace:
                return j
            c = text[j]
            if c == '-':
                # A hyphen between letters: "ab-c..." or "a-b-c...".
                before = (_is_letter(_at(text, j - 1)) and _is_letter(_at(text, j - 2))) or (
                    _is_letter(_at(text, j - 1)) and _at(text, j - 2) == '-'
                    and _is_letter(_at(text, j - 3)))
                if before and _is_letter(_at(text, j + 1)):
                    k = j + 2
                    if _at(text, k) == '-':
                        k += 1
                    if _is_letter(_at(text, k)):
                        return j + 1
                if _is_word_punct(text[j - 1]) and _at(text, j + 1) == '-':
                    k = j
                    while k < n and text[k] == '-':
                        k += 1
                    if _is_word(_at(text, k)):
                        return j
            j += 1

    def _fix_sentence_endings(self, chunks):
        """Put two spaces after sentence endings (a lowercase letter, . ! or ?, maybe a
        quote)."""
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and self._sentence_end(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    @staticmethod
    def _sentence_end(chunk):
        if chunk[-1:] in ('"', "'"):
            chunk = chunk[:-1]
        return (len(chunk) >= 2 and chunk[-1] in '.!?'
                and 'a' <= chunk[-2] <= 'z')

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """Deal with a chunk too long for any line: break it (at a hyphen if possible) or
        put it alone on the line."""
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and any(c != '-' for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        """Pack the chunks into lines of at most self.width characters."""
        lines = []
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        chunks = list(reversed(chunks))
        while chunks:
            cur_line = []
            cur_len = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            # Whitespace at the start of any line but the first is dropped.
            if self.drop_whitespace and chunks[-1].strip() == '' and lines:
                del chunks[-1]
            while chunks:
                length = len(chunks[-1])
                if cur_len + length > width:
                    break
                cur_line.append(chunks.pop())
                cur_len += length
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == '':
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if not cur_line:
                continue
            rest_is_blank = not chunks or (self.drop_whitespace and len(chunks) == 1
                                           and not chunks[0].strip())
            if (self.max_lines is None or len(lines) + 1 < self.max_lines
                    or (rest_is_blank and cur_len <= width)):
                lines.append(indent + ''.join(cur_line))
                continue
            # The last allowed line: end it with the placeholder.
            while cur_line:
                if cur_line[-1].strip() and cur_len + len(self.placeholder) <= width:
                    cur_line.append(self.placeholder)
                    lines.append(indent + ''.join(cur_line))
                    break
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            else:
                if lines:
                    prev_line = lines[-1].rstrip()
                    if len(prev_line) + len(self.placeholder) <= self.width:
                        lines[-1] = prev_line + self.placeholder
                        break
                lines.append(indent + self.placeholder.lstrip())
            break
        return lines

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        """Split text into lines of at most self.width characters (no final newlines)."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """Like wrap(), joined with newlines into one string."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """The lines of text wrapped to width (TextWrapper options as keywords)."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """text wrapped to width, as one string with newlines."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """text on one line of at most width characters: whitespace collapsed, and cut at a
    word boundary with the placeholder when it is too long."""
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


def dedent(text):
    """text with the indentation (spaces and tabs) its lines share removed.

    Lines holding only spaces and tabs are emptied and ignored for the margin.
    """
    lines = text.split('\n')
    margin = None
    for k, line in enumerate(lines):
        stripped = line.lstrip(' \t')
        if not stripped:
            lines[k] = ''
            continue
        indent = line[:len(line) - len(stripped)]
        if margin is None:
            margin = indent
        elif indent.startswith(margin):
            pass
        elif margin.startswith(indent):
            margin = indent
        else:
            for i, (x, y) in enumerate(zip(margin, indent)):
                if x != y:
                    margin = margin[:i]
                    break
    if margin:
        lines = [line[len(margin):] if line else line for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """text with prefix put before the lines predicate accepts (by default, the lines
    that are not only whitespace)."""
    out = []
    for line in text.splitlines(True):
        if (predicate(line) if predicate is not None else line.strip()):
            out.append(prefix + line)
        else:
            out.append(line)
    return ''.join(out)
