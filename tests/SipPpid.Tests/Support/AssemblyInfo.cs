// WebApplicationFactory finds the app's host through a process-wide listener, so hosts must not be built
// concurrently (a command test building its host could be captured by a factory starting in parallel).
[assembly: CollectionBehavior(DisableTestParallelization = true)]
