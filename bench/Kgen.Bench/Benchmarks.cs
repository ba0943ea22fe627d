using BenchmarkDotNet.Attributes;
using Kgen.Generator;
using Kgen.Model;

namespace Kgen.Bench;

/// <summary>Journey 1's HA cluster (3 control-plane nodes, 3 workers, 3 zones, bastion), generated in memory.</summary>
[MemoryDiagnoser]
public class HaCluster
{
    private readonly GenerateOptions options = new() { SshPublicKey = Specs.SshPublicKey };
    private ClusterSpec spec = null!;

    [GlobalSetup]
    public void Setup() => spec = ClusterSpec.Load(Specs.HaPrivateYaml, "ha-private.yaml");

    /// <summary>Resolve, plan and render a loaded spec.</summary>
    [Benchmark(Baseline = true)]
    public GeneratedOutput Generate() => Generator.Generator.Generate(spec, Target.Terraform, options);

    /// <summary>The same from YAML text: load, resolve, plan and render.</summary>
    [Benchmark]
    public GeneratedOutput LoadAndGenerate() => Generator.Generator.Generate(ClusterSpec.Load(Specs.HaPrivateYaml, "ha-private.yaml"), Target.Terraform, options);
}

/// <summary>A fleet of 1,000 different clusters, built in code, generated one after another and on all cores.</summary>
[MemoryDiagnoser]
public class Fleet
{
    private readonly GenerateOptions options = new() { SshPublicKey = Specs.SshPublicKey };
    private IReadOnlyList<ClusterSpec> fleet = [];

    [GlobalSetup]
    public void Setup() => fleet = Specs.Fleet(1000);

    /// <summary>All 1,000 on one thread; returns the number of files (so nothing is optimised away).</summary>
    [Benchmark(Baseline = true)]
    public int Sequential()
    {
        var files = 0;
        foreach (var spec in fleet)
        {
            files += Generator.Generator.Generate(spec, Target.Terraform, options).Files.Count;
        }

        return files;
    }

    /// <summary>All 1,000 with <see cref="Parallel.ForEach{TSource}(IEnumerable{TSource}, Action{TSource})"/> (the API is thread-safe).</summary>
    [Benchmark]
    public int Parallel()
    {
        var files = 0;
        System.Threading.Tasks.Parallel.ForEach(fleet, spec =>
            Interlocked.Add(ref files, Generator.Generator.Generate(spec, Target.Terraform, options).Files.Count));
        return files;
    }
}

/// <summary>One cluster grown from 1 to 100 instance groups and from 1 to 6 zones: cost should grow linearly.</summary>
[MemoryDiagnoser]
public class Scale
{
    private readonly GenerateOptions options = new() { SshPublicKey = Specs.SshPublicKey };
    private ClusterSpec spec = null!;

    /// <summary>Node instance groups (the cluster has one control-plane group besides).</summary>
    [Params(1, 10, 25, 50, 100)]
    public int NodeGroups { get; set; }

    /// <summary>Zones (each with a private and a utility subnet).</summary>
    [Params(1, 3, 6)]
    public int Zones { get; set; }

    [GlobalSetup]
    public void Setup() => spec = Specs.Scaled(NodeGroups, Zones);

    [Benchmark]
    public GeneratedOutput Generate() => Generator.Generator.Generate(spec, Target.Terraform, options);
}
