/**
 * cmd variables appended to themselves (`set k=…\R` then `set k=%k%un`) before they are used: on
 * one line, read by the `windows` detector, and over lines, carried by the firewall's definitions.
 * Every line was written here.
 */
import { describe, expect, it } from 'vitest';
import { windowsDetector } from '../../../src/firewall/detectors/windows.js';
import { IntentFirewall } from '../../../src/firewall/index.js';
import { idsOf } from './_scan.js';

const fw = new IntentFirewall();
const decide = (content: string) => fw.validateRequest({ id: 'w', content }).decision;

describe('a cmd variable appended to itself', () => {
  it.each([
    'set a=HKCU\\Software\\Microsoft\\Windows\\CurrentVersion & set a=%a%\\Run & reg add "%a%" /v s /d c:\\s.exe /f',
    'set q=Ru& set q=%q%nOnce& reg add "HKLM\\Software\\Microsoft\\Windows\\CurrentVersion\\%q%" /v z /d c:\\z.exe /f',
    'set v=vssa& set v=%v%dmin& %v% delete shadows /all /quiet',
  ])('is read with its whole value on one line: %s', (text) => {
    expect(idsOf(windowsDetector, text).length).toBeGreaterThan(0);
    expect(decide(text)).not.toBe('allow');
  });

  it.each([
    'set k=HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\R\nset k=%k%un\nreg add "%k%" /v u /d "C:\\Users\\Public\\u.exe" /f',
    'set s=HKLM\\SYSTEM\\CurrentControlSet\\Services\\Win\nset s=%s%Defend\nreg add "%s%" /v Start /t REG_DWORD /d 4 /f',
  ])('is carried over lines with both definitions: %s', (text) => {
    expect(decide(text)).not.toBe('allow');
  });

  it.each([
    'set p=C:\\tools& set p=%p%\\bin& set PATH=%PATH%;%p%',
    'set k=HKCU\\Software\\Contoso& set k=%k%\\Editor& reg add "%k%" /v Theme /d dark /f',
    'set k=HKCU\\Software\\Contoso\nset k=%k%\\Settings\nreg query "%k%"',
    'set o=out& set o=%o%\\logs& del /q "%o%\\*.log"',
  ])('leaves ordinary appends alone: %s', (text) => {
    expect(decide(text)).toBe('allow');
  });

  it('does not resolve a name that was never set', () => {
    expect(idsOf(windowsDetector, 'set a=%zz%\\Run & reg add "HKCU\\Software\\%a%" /v s /d c:\\s.exe /f')).toEqual([]);
  });
});
