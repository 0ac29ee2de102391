/**
 * The stack's watchdog: kills every process group the stack started once the stack's owner is gone, however it
 * went (exit, failure, SIGKILL, its own process group killed). The owner writes "+<pgid>" / "-<pgid>" lines on
 * this process's stdin as it starts and stops children; the pipe closing (the owner's end closes when it dies) or
 * the owner's pid disappearing is the signal. It runs in a process group of its own so that a group kill aimed
 * at the owner does not take it down before it has cleaned up. Plain JavaScript: it must start in milliseconds.
 *
 * usage: node watchdog.mjs <owner-pid>
 */
const owner = Number(process.argv[2]);
const groups = new Set();
let done = false;

const alive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === 'EPERM';
  }
};
const signal = (pgid, sig) => {
  try {
    process.kill(-pgid, sig);
  } catch {
    /* already gone */
  }
};

function cleanUp() {
  if (done) return;
  done = true;
  for (const g of groups) signal(g, 'SIGTERM');
  // Give them a moment to close their ports, then make sure.
  setTimeout(() => {
    for (const g of groups) signal(g, 'SIGKILL');
    process.exit(0);
  }, 3000);
}

let buffered = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => {
  buffered += chunk;
  const lines = buffered.split('\n');
  buffered = lines.pop() ?? '';
  for (const line of lines) {
    const m = /^([+-])(\d+)$/.exec(line.trim());
    if (!m) continue;
    if (m[1] === '+') groups.add(Number(m[2]));
    else groups.delete(Number(m[2]));
  }
});
process.stdin.on('end', cleanUp);
process.stdin.on('error', cleanUp);
// Belt and braces: a pipe can outlive its writer if the owner handed its end to a child by mistake.
setInterval(() => {
  if (!alive(owner)) cleanUp();
}, 500);
// A terminal's Ctrl-C or hang-up is for the owner, which stops the stack itself; SIGTERM means "clean up now".
for (const s of ['SIGINT', 'SIGHUP']) process.on(s, () => {});
process.on('SIGTERM', cleanUp);
