using Xunit;

// Each collection boots a whole platform; two at once on a 2-core machine only makes both slow.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
