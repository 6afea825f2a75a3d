using BroadcastBot.Connectors.Common;
using BroadcastBot.Pipeline.Consumers;
using BroadcastBot.Pipeline.Knowledge;
using BroadcastBot.Pipeline.Options;
using BroadcastBot.Pipeline.Rooms;
using BroadcastBot.Pipeline.Sessions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace BroadcastBot.Pipeline.Hosting;

/// <summary>Composition of the live pipeline: <c>builder.AddBroadcastBotPipeline()</c>.</summary>
public static class PipelineHostingExtensions
{
    /// <summary>
    /// Registers the session pipeline (understanding, answering, interest recording, unanswered log), the connectors,
    /// and the hosted service that runs the configured sessions. Binds <see cref="PipelineOptions"/> from the
    /// <c>Sessions</c> and <c>Answering</c> sections and validates them at start.
    /// </summary>
    public static IHostApplicationBuilder AddBroadcastBotPipeline(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<PipelineOptions>().Bind(builder.Configuration).ValidateOnStart();
        services.AddSingleton<IValidateOptions<PipelineOptions>, PipelineOptionsValidator>();
        services.AddOptions<ConnectionSupervisorOptions>().Bind(builder.Configuration.GetSection("Connections"));
        services.TryAddSingleton(TimeProvider.System);
        services.AddPipelineCore();
        services.AddChatConnectors();
        services.AddSingleton<SessionHostService>();
        services.AddHostedService(sp => sp.GetRequiredService<SessionHostService>());
        return builder;
    }

    /// <summary>The pieces that understand and act on messages, shared by the live service and <c>replay</c>.</summary>
    public static IServiceCollection AddPipelineCore(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<ConnectionSupervisorOptions>>().Value);
        services.AddSingleton<AnswerPublisher>();
        services.AddSingleton<HostActionLoop>();
        services.AddSingleton<IUnderstoodMessageConsumer, AnsweringConsumer>();
        services.AddSingleton<IUnderstoodMessageConsumer, InterestRecordingConsumer>();
        services.AddSingleton<IUnderstoodMessageConsumer, UnansweredConsumer>();
        services.AddSingleton<SessionPipeline>();
        services.AddSingleton<SessionRunner>();
        services.AddSingleton<SessionFactory>();
        services.AddSingleton<KnowledgeBaseWatcher>();
        return services;
    }
}
