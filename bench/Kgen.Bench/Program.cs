using System.Diagnostics;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using Kgen.Bench;

// `--quick`: a few seconds of plain Stopwatch timing (a smoke run that also checks every
// benchmark's input is valid). Anything else goes to BenchmarkDotNet (e.g. --filter '*').
if (args is ["--quick"])
{
    Quick.Run();
    return 0;
}

var config = DefaultConfig.Instance.AddJob(Job.Default.WithWarmupCount(3).WithIterationCount(10).AsDefault());
BenchmarkSwitcher.FromAssembly(typeof(HaCluster).Assembly).Run(args, config);
return 0;

/// <summary>Stopwatch timings, for a quick look and as a smoke test.</summary>
internal static class Quick
{
    public static void Run()
    {
        var ha = new HaCluster();
        ha.Setup();
        Measure("HA cluster (loaded spec)", 300, 3000, () => ha.Generate());
        Measure("HA cluster (from YAML)", 300, 3000, () => ha.LoadAndGenerate());

        var fleet = new Fleet();
        fleet.Setup();
        Measure("fleet of 1,000, one thread", 1, 3, () => fleet.Sequential());
        Measure("fleet of 1,000, parallel", 1, 3, () => fleet.Parallel());

        foreach (var (groups, zones) in new[] { (1, 3), (10, 3), (25, 3), (50, 3), (100, 3), (100, 1), (100, 6) })
        {
            var scale = new Scale { NodeGroups = groups, Zones = zones };
            scale.Setup();
            Measure($"{groups} node groups, {zones} zones", 20, 200, () => scale.Generate());
        }
    }

    private static void Measure(string name, int warmup, int runs, Func<object> action)
    {
        for (var i = 0; i < warmup; i++)
        {
            action();
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var sw = Stopwatch.StartNew();
        for (var i = 0; i < runs; i++)
        {
            action();
        }

        sw.Stop();
        var perRun = sw.Elapsed.TotalMicroseconds / runs;
        var cpuPerRun = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMicroseconds / runs;
        var bytes = (GC.GetAllocatedBytesForCurrentThread() - allocated) / runs;
        Console.WriteLine($"{name,-30} wall {Time(perRun)}  cpu {Time(cpuPerRun)}  {bytes / 1024.0,10:F1} KiB/op (this thread)");
    }

    private static string Time(double microseconds) => microseconds >= 10_000 ? $"{microseconds / 1000,9:F1} ms" : $"{microseconds,9:F1} us";
}
