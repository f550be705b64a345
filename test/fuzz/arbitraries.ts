// Generators for fuzzing: plain random Unicode, and text assembled from the pieces the parsers
// look for (months, amounts, currencies, citations, tags), so cases reach deep into the rules.

import fc from 'fast-check';

const WORDS = [
  'January', 'Feb.', 'March', 'July', 'Sept', 'December', 'May', '1', '4', '28', '31', '2005', '1999', '20,000', '1.5', '0',
  '$', 'US$', '€', '£', 'KZT', 'million', 'billion', 'bn', 'm', 'dollars', 'rubles', 'tenge', 'per cent', '%',
  '(', ')', '(Interfax,', 'July 1, 4)', 'www.gazeta.kz', 'see', ';', ',', '.', '–', '-', '"', '“', '”', "'", 'and', 'or',
  'President', 'Nursultan', 'Nazarbayev', 'Ministry', 'of', 'Defense', '201st', 'Motorized', 'Rifle', 'Division', 'No.',
  'delivered', 'received', 'tanks', 'BTR-80', 'helicopters', 'said', 'in', 'Almaty', 'on', 'the', '\n', '\n\n', '\t', ' ',
  'Mr.', 'Dr.', 'U.S.', 'e.g.', '...', '?', '!', '\u00a0', '\u200b', '\ud800', 'İ', 'ß', 'ﬁ', '😀', 'Ω', 'Ж', 'ع',
];

const TAGS = [
  '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '<a href="javascript:alert(1)">x</a>', '<svg onload=alert(1)>',
  '<p>', '</p>', '<div>', '</div>', '<br>', '<article>', '</article>', '<h1>', '</h1>', '<![CDATA[', ']]>', '<!--', '-->',
  '<title>', '</title>', '<item>', '</item>', '<entry>', '</entry>', '<rss version="2.0">', '<channel>', '</channel>', '</rss>',
  '<feed xmlns="http://www.w3.org/2005/Atom">', '</feed>', '<description>', '</description>', '<pubDate>', '</pubDate>',
  '<link>', '</link>', '<guid>', '</guid>', '&amp;', '&lt;', '&#x0;', '&#1114112;', '&nbsp;', '<?xml version="1.0"?>',
  '<!DOCTYPE x [<!ENTITY a "aaaa">]>', '&a;', '<meta property="og:title" content="x">', '<time datetime="2005-07-01">',
];

/** Unicode text, including lone surrogates and control characters. */
export const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 200 }));

/** Text built from words the extraction rules react to. */
export const domainText = fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 6 })), { maxLength: 60 })
  .map((parts) => parts.join(' '));

export const textInput = fc.oneof(anyText, domainText);

/** Markup: tags and entities mixed with domain words and random text. */
export const markup = fc.array(fc.oneof(fc.constantFrom(...TAGS), fc.constantFrom(...WORDS), fc.string({ maxLength: 8 })), { maxLength: 50 })
  .map((parts) => parts.join(''));

export const published = fc.oneof(fc.constant(null), fc.constantFrom('2005', '2006-10', '2014-07-01', 'XXXX', ''), fc.string({ maxLength: 12 }));
