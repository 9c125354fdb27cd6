/**
 * Default rules: destructive SQL and NoSQL statements, and SQL injection.
 *
 * @module
 */
import type { FirewallRule } from '../types.js';

/** A table or database name, optionally qualified or quoted with brackets. */
const NAME = String.raw`[a-z0-9_.\[\]$-]+`;

export const SQL_RULES: readonly FirewallRule[] = [
  {
    id: 'sql.drop-statement',
    patterns: [
      'drop table',
      'drop database',
      'drop schema',
      'drop keyspace',
      'drop owned by',
      'drop user',
      'drop role',
    ],
    word: true,
    after: String.raw` +(if +exists +)?${NAME}( *, *${NAME})*( +(cascade|restrict|purge))? *(;|$|--|/\*)`,
    category: 'destructive-sql',
    severity: 'critical',
    description: 'a DROP statement that destroys a table, database, schema or account',
  },
  {
    id: 'sql.drop',
    patterns: [
      'drop table',
      'drop tables',
      'drop database',
      'drop schema',
      'drop all tables',
      'drop collection',
      'drop keyspace',
    ],
    word: true,
    // A question about the statement ("the difference between DROP TABLE and TRUNCATE") is not one;
    // a statement that parses is still read by `sql.drop-statement` and the SQL detector.
    unless: String.raw`\b(difference between|what does|explain what|explain how|compare|comparing|versus|vs|what happens (if|when)|recover from|recovering from|undo)\b([^.;!?]){0,30}`,
    category: 'destructive-sql',
    severity: 'high',
    description: 'drops a table, database or schema',
  },
  {
    id: 'sql.truncate',
    patterns: ['truncate table'],
    word: true,
    after: ` +(if +exists +)?${NAME}( *, *${NAME})*( +(cascade|restrict))? *(;|$|--)`,
    category: 'destructive-sql',
    severity: 'high',
    description: 'a TRUNCATE statement that empties a table',
  },
  {
    // Without TABLE, `truncate` is also a word (a CSS class, a string function): it counts only
    // where a statement starts.
    id: 'sql.truncate-bare',
    patterns: ['truncate'],
    word: true,
    before: '(^|[;(] *)',
    after: ` +(if +exists +)?${NAME}( *, *${NAME})*( +(cascade|restrict))? *(;|$|--)`,
    category: 'destructive-sql',
    severity: 'high',
    description: 'a TRUNCATE statement that empties a table',
  },
  {
    id: 'sql.delete-without-where',
    patterns: ['delete from', 'delete * from'],
    word: true,
    after: ` +${NAME}( +as +[a-z0-9_]+)?( +where +(1 *= *1|0 *= *0|true|1|not +false|1 *< *2|2 *> *1|[a-z0-9_.]+ +is +not +null))? *(;|$|--)`,
    category: 'destructive-sql',
    severity: 'high',
    description: 'a DELETE with no WHERE clause, which empties the table',
  },
  {
    id: 'sql.update-without-where',
    patterns: ['update'],
    word: true,
    // Every word after SET up to the end of the statement, none of them WHERE.
    after: ` +${NAME} +set( +([^ w;][^ ;]*|w([^ h;][^ ;]*)?|wh([^ e;][^ ;]*)?|whe([^ r;][^ ;]*)?|wher([^ e;][^ ;]*)?|where[^ ;]+))+ *(;|$)`,
    within: 200,
    category: 'destructive-sql',
    severity: 'high',
    description: 'an UPDATE with no WHERE clause, which overwrites every row',
  },
  {
    id: 'sql.nosql-wipe',
    patterns: [
      'dropdatabase(',
      '.drop()',
      'deletemany({})',
      'deletemany({ })',
      '.remove({})',
      'flushall',
      'flushdb',
      'drop keyspace',
    ],
    category: 'destructive-sql',
    severity: 'high',
    description: 'drops or empties a NoSQL database or collection',
  },
  {
    id: 'sql.command-execution',
    patterns: [
      'xp_cmdshell',
      'sp_oacreate',
      'copy (program',
      'copy program',
      'lo_import(',
      'into outfile',
      'into dumpfile',
    ],
    category: 'destructive-sql',
    severity: 'critical',
    description: 'runs operating-system commands or writes files from the database',
  },
  {
    id: 'sql.injection',
    patterns: ['or 1=1', 'or 1 = 1', 'or 1=1--', 'or a=a', 'or x=x', 'or 2>1', '; shutdown --', 'waitfor delay'],
    word: true,
    // A finding reported by a test or an audit ("the pen-test report says the login allowed SQL
    // injection with ' or 1=1 --"), to be fixed.
    unless: String.raw`\b(pen-?tests?|pentest\w*|penetration test\w*|audit\w*|scanner|researchers?|bug bounty)\b([^.;!?]){0,100}\b(allowed|found|showed|flagged|reported|accepted)\b([^.;!?]){0,60}`,
    within: 200,
    category: 'destructive-sql',
    severity: 'medium',
    description: 'a SQL injection probe',
  },
  {
    id: 'sql.cascade-wipe-prose',
    // A table dropped or emptied with CASCADE, asked in words ("drop the customers table in
    // production with cascade", "vacía la tabla de usuarios con cascade"): the rows of every table
    // that refers to it go too. Test, temporary and scratch tables, and a foreign key's ON DELETE
    // CASCADE, are not this.
    patterns: ['cascade', 'cascading'],
    word: true,
    before: String.raw`\b(drop|dropping|truncate|truncating|wipe|wiping|empty|emptying|delete|deleting|purge|nuke|clear|clear out|vacia|vaciar|borra|borrar|elimina|eliminar|leere|leeren|losche|loschen|vide|vider|supprime|supprimer|svuota|cancella|elimina|limpa|apaga|apague|esvazie|usun|wyczysc|verwijder|leeg)\b([^.;!?]){0,60}?(\btables?\b|\btablas?\b|\w*tabelle[n]?\b|\btabella\b|\btabelas?\b|\btabel\b)([^.;!?]){0,60}`,
    unless: String.raw`\bon (delete|update) |\b(test|tests|testing|tmp|temp|temporary|scratch|sandbox|fixture|fixtures|local|dev|staging)\b([^.;!?]){0,100}|(^|[.!?] )(what|why|how|is|are|does|do|should|would|when|explain)\b([^.;!?]){0,100}`,
    within: 160,
    category: 'destructive-sql',
    severity: 'high',
    description: 'drops or empties a table with CASCADE, asked in words',
  },
];
