// Fixtures marked [Parallelizable] run two at a time, among themselves only. Most are the ones that drive real service
// processes, which spend most of their time waiting (for intake delays, invisibility timeouts, held jobs, a restarted
// database). Each has its own temporary folders, its own database or cluster and ephemeral ports, and waits for outcomes
// with generous deadlines rather than timing anything, so running beside another only makes it wait longer. Beside them
// run the slowest in-process fixtures that share nothing but read-only state (their own temporary folders and SQLite
// files, generated stacks, models they train themselves): splitting scanned stacks and training, which keep the cores
// busy while a service fixture waits. Every other fixture runs alone, in particular any that measures the test process
// itself (peak memory) or changes what the whole process shares (Hangfire's global filters).
[assembly: LevelOfParallelism(2)]
