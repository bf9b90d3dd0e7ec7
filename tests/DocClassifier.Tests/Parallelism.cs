// Fixtures marked [Parallelizable] run two at a time, among themselves only: the ones that drive real service processes,
// which spend most of their time waiting (for intake delays, invisibility timeouts, held jobs, a restarted database).
// Each has its own temporary folders, its own database or cluster and ephemeral ports, and waits for outcomes with
// generous deadlines rather than timing anything, so running beside another only makes it wait longer. Every other
// fixture runs alone.
[assembly: LevelOfParallelism(2)]
