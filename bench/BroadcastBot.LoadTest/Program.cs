using BroadcastBot.LoadTest;

// End-to-end load test of the live pipeline (docs/benchmarks.md):
//   dotnet run -c Release --project bench/BroadcastBot.LoadTest -- [--messages 1000000] [--rooms 1000] [--redis HOST:PORT]
// Exit code: 0 = run verified (the speed verdict is printed), 1 = Redis does not hold what the run must store, 2 = bad arguments.
LoadTestArguments arguments;
try
{
    arguments = LoadTestArguments.Parse(args);
}
catch (Exception ex) when (ex is ArgumentException or FormatException)
{
    Console.Error.WriteLine(ex.Message);
    Console.Error.WriteLine("usage: BroadcastBot.LoadTest [--messages 1000000] [--rooms 1000] [--redis HOST:PORT] [--kb YAML] [--chat JSONL]");
    return 2;
}

return await LoadTestRun.RunAsync(arguments);
