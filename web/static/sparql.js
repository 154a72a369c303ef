// The SPARQL editor: syntax highlighting under the textarea, example queries,
// Ctrl+Enter to run.  Text only ever enters the page through textContent.
(function () {
  "use strict";

  var KEYWORDS = new Set((
    "BASE PREFIX SELECT DISTINCT REDUCED AS CONSTRUCT DESCRIBE ASK FROM NAMED WHERE ORDER BY ASC DESC " +
    "LIMIT OFFSET VALUES GROUP HAVING OPTIONAL GRAPH UNION MINUS FILTER BIND SERVICE SILENT EXISTS NOT IN " +
    "UNDEF A TRUE FALSE COUNT SUM MIN MAX AVG SAMPLE GROUP_CONCAT SEPARATOR STR LANG LANGMATCHES DATATYPE " +
    "BOUND IRI URI BNODE RAND ABS CEIL FLOOR ROUND CONCAT STRLEN UCASE LCASE ENCODE_FOR_URI CONTAINS " +
    "STRSTARTS STRENDS STRBEFORE STRAFTER YEAR MONTH DAY HOURS MINUTES SECONDS TIMEZONE TZ NOW UUID " +
    "STRUUID MD5 SHA1 SHA256 SHA384 SHA512 COALESCE IF STRLANG STRDT SAMETERM ISIRI ISURI ISBLANK " +
    "ISLITERAL ISNUMERIC REGEX SUBSTR REPLACE"
  ).split(" "));

  // The same token shapes as the server's lexer (kg/sparql.py), simplified.
  var TOKEN = new RegExp([
    "(#[^\\n\\r]*)",                                                    // 1 comment
    "(<[^<>\"{}|^`\\\\\\u0000-\\u0020]*>)",                             // 2 IRI
    "(\"\"\"[\\s\\S]*?\"\"\"|'''[\\s\\S]*?'''|\"(?:[^\"\\\\\\n\\r]|\\\\.)*\"|'(?:[^'\\\\\\n\\r]|\\\\.)*')", // 3 string
    "([?$][\\w\\u00b7\\u0300-\\u036f\\u203f-\\u2040\\u00c0-\\uffff]+)", // 4 variable
    "(@[A-Za-z]+(?:-[A-Za-z0-9]+)*)",                                   // 5 language tag
    "((?:[A-Za-z\\u00c0-\\uffff][\\w.\\-\\u00c0-\\uffff]*)?:[\\w.\\-:%\\u00c0-\\uffff]*)", // 6 prefixed name
    "(\\d+(?:\\.\\d*)?(?:[eE][+-]?\\d+)?)",                             // 7 number
    "([A-Za-z_][A-Za-z0-9_]*)"                                          // 8 word
  ].join("|"), "g");
  var CLASSES = [null, "tok-comment", "tok-iri", "tok-string", "tok-var", "tok-lang", "tok-pname", "tok-number", "tok-word"];

  function highlight(text, target) {
    var fragment = document.createDocumentFragment();
    var last = 0;
    var match;
    TOKEN.lastIndex = 0;
    while ((match = TOKEN.exec(text)) !== null) {
      if (match[0] === "") { TOKEN.lastIndex++; continue; }
      if (match.index > last) fragment.appendChild(document.createTextNode(text.slice(last, match.index)));
      var group = 1;
      while (group < CLASSES.length && match[group] === undefined) group++;
      var cls = CLASSES[group];
      if (cls === "tok-word") cls = KEYWORDS.has(match[0].toUpperCase()) ? "tok-keyword" : null;
      if (cls) {
        var span = document.createElement("span");
        span.className = cls;
        span.textContent = match[0];
        fragment.appendChild(span);
      } else {
        fragment.appendChild(document.createTextNode(match[0]));
      }
      last = match.index + match[0].length;
    }
    // A trailing newline keeps the overlay as tall as the textarea.
    fragment.appendChild(document.createTextNode(text.slice(last) + "\n"));
    target.replaceChildren(fragment);
  }

  function init() {
    var editor = document.getElementById("sparql-editor");
    var textarea = document.getElementById("sparql-query");
    var code = document.getElementById("sparql-highlight");
    var form = document.getElementById("sparql-form");
    if (!editor || !textarea || !code || !form) return;
    var pre = code.parentElement;

    function refresh() {
      highlight(textarea.value, code);
      pre.scrollTop = textarea.scrollTop;
      pre.scrollLeft = textarea.scrollLeft;
    }
    editor.classList.add("highlighting");
    textarea.addEventListener("input", refresh);
    textarea.addEventListener("scroll", function () {
      pre.scrollTop = textarea.scrollTop;
      pre.scrollLeft = textarea.scrollLeft;
    });
    textarea.addEventListener("keydown", function (event) {
      if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        form.requestSubmit();
      } else if (event.key === "Tab" && !event.shiftKey) {
        event.preventDefault();
        textarea.setRangeText("  ", textarea.selectionStart, textarea.selectionEnd, "end");
        refresh();
      }
    });

    document.querySelectorAll("a.example").forEach(function (link) {
      link.addEventListener("click", function (event) {
        if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
        event.preventDefault();
        textarea.value = link.dataset.query || "";
        refresh();
        textarea.focus();
      });
    });

    var insert = document.getElementById("sparql-insert-prefixes");
    var prefixes = document.getElementById("sparql-prefixes");
    if (insert && prefixes) {
      insert.addEventListener("click", function () {
        textarea.value = prefixes.textContent + "\n" + textarea.value;
        refresh();
        textarea.focus();
      });
    }

    var share = document.getElementById("sparql-share");
    if (share) share.addEventListener("focus", function () { share.select(); });

    refresh();
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
