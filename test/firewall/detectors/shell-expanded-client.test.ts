/**
 * A command-line client's deletion spelled through shell variables is read as the shell runs it,
 * its words expanded: the program, the resource and the destroying verb may each sit in a
 * variable. Listings through the same variables stay allowed. Every case was written here.
 */
import { decisionTable } from './_scan.js';

const FLAGGED: readonly string[] = [
  "L='linode-cli linodes'\n$L delete 48213377",
  'P=upcloud; V=delete; $P server $V db-01 --force',
  "CLI='civo kubernetes'\nNAME=prod-cluster\n$CLI remove $NAME --yes",
  "B='b2 bucket'\n$B delete invoices-archive-2025",
];

const ALLOWED: readonly string[] = [
  "L='linode-cli linodes'\n$L list",
  'P=upcloud; $P server list --format json',
  "B='b2 bucket'\n$B get invoices-archive-2025",
];

decisionTable('client deletions through variables', FLAGGED, ALLOWED);
