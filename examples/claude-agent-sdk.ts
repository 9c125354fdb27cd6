/**
 * The Claude Agent SDK's hooks and permission function from Aegis, offline: the SDK's CLI needs a
 * live API, so this calls the hooks as the SDK would for two tool uses.
 *
 *   npx tsx examples/claude-agent-sdk.ts
 *
 * In an application: `query({ prompt, options: { hooks: guards.hooks, canUseTool: guards.canUseTool } })`,
 * importing from 'aegis-safety' and 'aegis-safety/claude-agent-sdk'.
 */
import { claudeAgentGuards } from '../src/adapters/claude-agent-sdk.js';
import { createAegis } from '../src/index.js';

const aegis = createAegis();
const guards = claudeAgentGuards(aegis);
const signal = new AbortController().signal;
const session = { session_id: 'example', transcript_path: '/tmp/example.jsonl', cwd: process.cwd() };
const verdicts: string[] = [];
for (const [id, command] of [
  ['tu1', 'rm -rf / --no-preserve-root'],
  ['tu2', 'ls -la'],
] as const) {
  const tool_input = { command };
  const hook = await guards.preToolUse(
    { ...session, hook_event_name: 'PreToolUse', tool_name: 'Bash', tool_input, tool_use_id: id },
    id,
    { signal },
  );
  const permission = await guards.canUseTool('Bash', tool_input, { signal, toolUseID: id });
  console.log(command, '→ PreToolUse', JSON.stringify(hook).slice(0, 80), '· canUseTool', permission.behavior);
  verdicts.push(permission.behavior);
  if (permission.behavior === 'allow') {
    await guards.postToolUse(
      {
        ...session,
        hook_event_name: 'PostToolUse',
        tool_name: 'Bash',
        tool_input,
        tool_response: 'total 0',
        tool_use_id: id,
      },
      id,
      { signal },
    );
  }
}
console.log('audit verifies:', aegis.audit.verifyChain().ok, '· in flight:', aegis.inFlight);
aegis.close();
if (verdicts.join() !== 'deny,allow') process.exitCode = 1;
