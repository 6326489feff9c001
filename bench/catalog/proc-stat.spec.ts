import { parseProcStat, postgresCpuProbe, serverTicks, type ProcessCpu } from './proc-stat.js';

/** A `/proc/<pid>/stat` line with the fields the parser reads; the rest as the kernel writes them. */
function statLine(pid: number, command: string, parentPid: number, times: [number, number, number, number]) {
  const [utime, stime, cutime, cstime] = times;
  return `${pid} (${command}) S ${parentPid} 9938 5474 0 -1 4194304 101 0 0 0 ${utime} ${stime} ${cutime} ${cstime} 20 0 1 0 40268 3133440 413`;
}

describe('parseProcStat', () => {
  it('reads the parent, own and reaped-children ticks', () => {
    expect(parseProcStat(statLine(2234, 'postgres', 1, [120, 30, 7, 3]))).toEqual({
      pid: 2234,
      command: 'postgres',
      parentPid: 1,
      ownTicks: 150,
      reapedChildrenTicks: 10,
    });
  });

  it('counts the fields from the last parenthesis, whatever the command holds', () => {
    expect(parseProcStat(statLine(42, 'a) S 99 (b', 7, [5, 6, 0, 1]))).toMatchObject({
      pid: 42,
      command: 'a) S 99 (b',
      parentPid: 7,
      ownTicks: 11,
      reapedChildrenTicks: 1,
    });
  });

  it('refuses what is not a stat line', () => {
    expect(parseProcStat('')).toBeNull();
    expect(parseProcStat('12 (cut short) S 1 2')).toBeNull();
    expect(parseProcStat('x (postgres) S 1 1 1 0 -1 0 0 0 0 0 1 1 0 0 20 0 1 0')).toBeNull();
  });
});

describe('serverTicks', () => {
  const process = (pid: number, parentPid: number, ownTicks: number, reaped = 0): ProcessCpu => ({
    pid,
    parentPid,
    command: 'postgres',
    ownTicks,
    reapedChildrenTicks: reaped,
  });

  it("sums the postmaster's own and reaped ticks and its live children's, not other servers'", () => {
    const processes = [
      process(100, 1, 50, 20),
      process(101, 100, 300),
      process(102, 100, 40),
      process(200, 1, 999, 999),
      process(201, 200, 999),
    ];
    expect(serverTicks(processes, 100)).toBe(50 + 20 + 300 + 40);
  });

  it('is 0 when the postmaster is gone', () => {
    expect(serverTicks([process(101, 100, 300)], 100)).toBe(0);
  });
});

describe('postgresCpuProbe', () => {
  it("reads this machine's processes in microseconds (a pid that does not exist gives 0)", async () => {
    await expect(postgresCpuProbe(2 ** 22 + 1)()).resolves.toBe(0);
  });
});
