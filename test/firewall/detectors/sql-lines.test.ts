/**
 * Formatted SQL puts a statement's WHERE on a line of its own. A line that opens a DELETE or an
 * UPDATE and the line that goes on with its condition are read as one statement: the condition
 * decides, as it does on one line. Every case was written here.
 */
import { decisionTable } from './_scan.js';

decisionTable(
  'a statement whose WHERE comes on the next line',
  [
    'DELETE FROM orders\nWHERE 1=1;',
    'DELETE FROM customer_notes\nWHERE true',
    'UPDATE accounts SET balance = 0\nWHERE true;',
    'DELETE FROM invoices;',
    'DELETE FROM invoices\nAND nothing else',
  ],
  [
    'DELETE FROM orders\nWHERE id = 42;',
    '  DELETE FROM sessions\n  WHERE expires_at < now();',
    'UPDATE accounts SET balance = 0\nWHERE id = 7;',
    "Please run this on the replica:\nDELETE FROM carts\nWHERE updated_at < now() - interval '90 days';",
  ],
);
