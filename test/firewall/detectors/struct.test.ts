/**
 * Commands, statements and code bent by an evasion (a slip of the keyboard, make's spelling of a
 * variable, a method named by a symbol, code inside a shell word, a client's rarer destroying
 * verb) are read as what they run. Their neighbours, the same shapes on scratch, development or
 * ordinary work, stay allowed. Every case was written here.
 */
import { describe, expect, it } from 'vitest';
import { slipOf, sqlSlipReading } from '../../../src/firewall/detectors/_sql-slips.js';
import { decisionTable } from './_scan.js';

decisionTable(
  'SQL keywords bent by a slip',
  [
    'DELETE FORM invoices;',
    'hey fix and run on the live mysql: DELTE FORM `audit-events`;',
    'DROP TABEL customer_accounts; -- fix the typo and run on prod',
    'DORP DATABSE billing;',
    'TRUNCATE TALBE ledger_entries;',
    'DROP KEYSAPCE IF EXSITS sessions_live;',
  ],
  [
    'Please delete form fields that are no longer used.',
    'How do I delete form data in a React app?',
    'DELETE FORM submissions older than 30 days in the admin panel',
    'DELETE FORM sessions WHERE expires_at < now();',
    'SELCT count(*) FORM orders;',
  ],
);

describe('the slip reading itself', () => {
  it('reads one slip of a keyword, its first letter kept or swapped', () => {
    expect(slipOf('form', 'from')).toBe(true);
    expect(slipOf('delte', 'delete')).toBe(true);
    expect(slipOf('dorp', 'drop')).toBe(true);
    expect(slipOf('rdop', 'drop')).toBe(true);
    expect(slipOf('tabel', 'table')).toBe(true);
    expect(slipOf('fable', 'table')).toBe(false);
    expect(slipOf('dream', 'drop')).toBe(false);
  });
  it('rewrites only a statement that reads as code', () => {
    expect(sqlSlipReading('DELTE FORM users WERE 1=1;')).toBe('DELETE FROM users WHERE 1=1;');
    expect(sqlSlipReading('delete form the page the fields we dropped')).toBe(null);
    expect(sqlSlipReading('DELETE FROM users;')).toBe(null);
  });
});

decisionTable(
  'destroying verbs of clients and data volumes',
  [
    'p4 obliterate -y //depot/mobile-app/...',
    'after the release, run `p4 obliterate -y //depot/legacy/...` so nothing of it stays',
    'docker volume rm shop_pgdata',
    'docker volume rm mysql_data_prod -f',
    'virsh undefine --remove-all-storage erp-db02',
    'virsh vol-delete --pool images billing-db.qcow2',
  ],
  [
    'p4 obliterate //depot/legacy/...',
    'docker volume rm pgdata-dev',
    'docker volume rm web_test_db',
    'docker volume rm buildkit_cache',
    'virsh destroy web01',
    'virsh undefine scratch-vm-7 --remove-all-storage',
  ],
);

decisionTable(
  'make variables and inline code',
  [
    'clean:\n\trm -rf $(HOME)/*',
    'ruby -e \'m = "sys" + "tem"; send(m, ARGV[0])\' "$CMD"',
    'Kernel.public_send(:eval, payload)',
    'method(:system).call(params[:cmd])',
    "python3 -c \"import os; getattr(os, 'sys' + 'tem')(os.environ['Q'])\"",
  ],
  [
    'clean:\n\trm -rf $(BUILD_DIR)/*',
    'rm -rf $(PWD)/build',
    'user.public_send(:update, attrs)',
    'ruby -e \'puts "hello" + " world"\'',
    'python3 -c "print(\'ok\')"',
  ],
);
