using Kgen.Cli;

return KgenCli.Run(args, Console.Out, Console.Error);
