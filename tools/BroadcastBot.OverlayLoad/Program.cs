using BroadcastBot.OverlayLoad;

// Load tool for the overlay path (not part of the test run). Modes:
//   fanout  --clients 1000 --rate 30 --seconds 20   WebSocket clients receiving state updates (p99 delivery, server CPU)
//   ticker  --rate 1000 --seconds 10                Chromium ticker page: publish → DOM latency (MutationObserver)
//   serve   (internal: the server child process the other modes start and measure)
var mode = args.Length > 0 ? args[0] : "help";
var options = LoadArguments.Parse(args.Skip(1).ToArray());
return mode switch
{
    "serve" => await LoadServer.RunAsync(options),
    "fanout" => await FanOutLoad.RunAsync(options),
    "ticker" => await TickerLoad.RunAsync(options),
    _ => Help(),
};

static int Help()
{
    Console.WriteLine("usage: OverlayLoad fanout [--clients 1000] [--rate 30] [--seconds 20] | ticker [--rate 1000] [--seconds 10]");
    return 2;
}
