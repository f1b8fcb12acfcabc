import type { Command, Option } from 'commander';
import { describe, expect, it } from 'vitest';
import { commanderText, helpTexts } from '../../src/cli/helpText.js';
import { createProgram } from '../../src/cli/program.js';
import { runCaptured } from './run.js';

const io = { stdout: { write: () => true }, stderr: { write: () => true } };

/** Every description a user can read in `--help`: commands, arguments and options. */
function descriptions(program: Command): Map<string, string> {
  const out = new Map<string, string>([['', program.description()]]);
  for (const cmd of program.commands) {
    out.set(cmd.name(), cmd.description());
    for (const arg of cmd.registeredArguments) out.set(`${cmd.name()} <${arg.name()}>`, arg.description);
    for (const opt of cmd.options as Option[]) out.set(`${cmd.name()} ${opt.long}`, opt.description);
  }
  return out;
}

describe('the command line in two languages', () => {
  it('every command, argument and option has a Dutch description of its own', () => {
    const en = descriptions(createProgram(io, 'en'));
    const nl = descriptions(createProgram(io, 'nl'));
    expect([...nl.keys()]).toEqual([...en.keys()]);
    expect(en.size).toBeGreaterThan(60);
    for (const [key, text] of en) {
      expect(text, key).not.toBe('');
      expect(nl.get(key), key).not.toBe(text);
    }
  });

  it('`--help --lang nl` is Dutch: headings, descriptions, choices and defaults', async () => {
    const r = await runCaptured('baseline', '--help', '--lang', 'nl');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Gebruik: partner-synergy baseline \[opties\] <dir>/);
    expect(r.stdout).toContain('Argumenten:');
    expect(r.stdout).toContain('Opties:');
    expect(r.stdout).toContain(helpTexts('nl')['baseline.timings']);
    expect(r.stdout).toMatch(/keuzes: "auto", "full", "top",\s+standaard: "auto"/);
    expect(r.stdout).not.toMatch(/Options:|default:|choices:/);
    const en = await runCaptured('baseline', '--help', '--lang', 'en');
    expect(en.stdout).toContain(helpTexts('en')['baseline.timings']);
    expect(en.stdout).toMatch(/^Usage: partner-synergy baseline \[options\] <dir>/);
  });

  it("commander's own errors follow --lang", async () => {
    const typo = await runCaptured('baselin', '--lang', 'nl');
    expect(typo.code).toBe(2);
    expect(typo.stderr).toBe(
      "fout: onbekend commando 'baselin'\n(Bedoelde je baseline?)\n(gebruik --help voor uitleg)\n",
    );
    const missing = await runCaptured('coalition', 'data/sample-partnership', '--lang', 'nl');
    expect(missing.stderr).toContain("fout: verplichte optie '--themes <list>' ontbreekt");
    const english = await runCaptured('baselin');
    expect(english.stderr).toContain("error: unknown command 'baselin'");
  });

  it('translates each commander error form, keeping the values', () => {
    expect(commanderText('nl', "error: option '--top <n>' argument missing\n")).toBe(
      "fout: bij optie '--top <n>' ontbreekt de waarde\n",
    );
    expect(
      commanderText(
        'nl',
        "error: option '--matrices <mode>' argument 'ful' is invalid. Allowed choices are auto, full, top.\n",
      ),
    ).toBe("fout: waarde 'ful' van optie '--matrices <mode>' is ongeldig. Toegestaan: auto, full, top.\n");
    expect(
      commanderText('nl', "error: too many arguments for 'baseline'. Expected 1 argument but got 2.\n"),
    ).toBe("fout: te veel argumenten voor 'baseline'. Verwacht: 1, gekregen: 2.\n");
    expect(commanderText('nl', "error: unknown option '--toop'\n(Did you mean --top?)\n")).toBe(
      "fout: onbekende optie '--toop'\n(Bedoelde je --top?)\n",
    );
    expect(commanderText('en', "error: unknown option '--toop'\n")).toBe("error: unknown option '--toop'\n");
  });
});
