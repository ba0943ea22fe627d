// Journey 5 from a project that knows kgen only as NuGet packages: load a spec, make sure its
// secrets exist (Kgen.Store), generate both targets in memory (one of them with a house template), write them.
// Usage: Consumer SPEC SSH_PUBLIC_KEY OUT_DIR HOUSE_TEMPLATES_DIR
using Kgen.Generator;
using Kgen.Model;
using Kgen.Store.Pki;

var (specPath, keyPath, outDir, houseTemplates) = (args[0], args[1], args[2], args[3]);
var spec = ClusterSpec.Load(File.ReadAllText(specPath));
spec.Validate();
var secrets = await ClusterSecrets.EnsureAsync(spec);
Console.WriteLine($"secrets: {secrets.Created.Length} created, {secrets.Reused.Length} reused in {secrets.Location}");

var options = new GenerateOptions { SshPublicKey = File.ReadAllText(keyPath) };
var terraform = Generator.Generate(spec, Target.Terraform, options);
await terraform.WriteToAsync(outDir);
var cloudFormation = Generator.Generate(spec, Target.CloudFormation, options);
await cloudFormation.WriteToAsync(outDir);
Console.WriteLine($"wrote {terraform.Files.Count + cloudFormation.Files.Count} files, {cloudFormation.Warnings.Count} CloudFormation warnings");

var house = TemplateSet.FromDirectory(houseTemplates);
var custom = Generator.Generate(spec, Target.Terraform, options with { Templates = house });
var marked = custom.Files["kubernetes.tf"].Contains("# house rule", StringComparison.Ordinal);
Console.WriteLine($"house templates: {string.Join(", ", house.Overridden)}; applied: {marked}");
return marked ? 0 : 1;
