using System.Threading.Tasks;
using PrivacyAttributes.Analyzers.Tests.Infrastructure;
using Verify = PrivacyAttributes.Analyzers.Tests.Infrastructure.AnalyzerVerifier<PrivacyAttributes.Analyzers.Rules.PersonalDataReachesSinkAnalyzer>;

namespace PrivacyAttributes.Analyzers.Tests.Rules;

/// <summary>PRIV003: personal data reaches a log, console, trace, telemetry, exception message or data sink.</summary>
public sealed class PersonalDataReachesSinkTests
{
    /// <summary>
    /// The logging and Serilog APIs faked under their real namespaces: the .NET 8 reference
    /// assemblies do not carry them, and the analyzer matches them by metadata name only.
    /// </summary>
    private const string Fakes = """

        namespace Microsoft.Extensions.Logging
        {
            public enum LogLevel { Information, Warning }
            public interface ILogger
            {
                void Log(LogLevel level, string message, params object?[] args);
                System.IDisposable? BeginScope(object state);
            }
            public interface ILogger<T> : ILogger { }
            public static class LoggerExtensions
            {
                public static void LogInformation(this ILogger logger, string? message, params object?[] args) { }
                public static void LogWarning(this ILogger logger, string? message, params object?[] args) { }
            }
            public static class LoggerMessage
            {
                public static System.Action<ILogger, T, System.Exception?> Define<T>(LogLevel level, int eventId, string format) => (l, v, e) => { };
            }
            [System.AttributeUsage(System.AttributeTargets.Method)]
            public sealed class LoggerMessageAttribute : System.Attribute
            {
                public LoggerMessageAttribute(int eventId, LogLevel level, string message) { }
            }
        }

        namespace Serilog
        {
            public interface ILogger { void Information(string template, params object?[] values); ILogger ForContext(string name, object? value); }
            public static class Log { public static void Warning(string template, params object?[] values) { } }
        }

        public class Customer
        {
            [PersonalData(Category.Email, Purpose.AccountManagement)]
            public string Email { get; set; } = "";

            [PersonalData(Category.Name, Purpose.AccountManagement)]
            public string Name { get; set; } = "";

            public int Id { get; set; }
        }
        """;

    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Diagnostics;
        using System.Linq;
        using System.Text;
        using Microsoft.Extensions.Logging;
        using PrivacyAttributes;

        """;

    [Fact]
    public Task Direct_member_to_a_log_is_reported_on_the_argument_with_a_plain_message() => Verify.VerifyAsync(
        Usings + """
        public class Service
        {
            public void Run(ILogger<Service> logger, Customer c) => logger.LogInformation("Signed up {Email}", {|#0:c.Email|});
        }
        """ + Fakes,
        Verify.Diagnostic("PRIV003").WithLocation(0).WithArguments("'Customer.Email' (email address)", "a log", "LoggerExtensions.LogInformation"));

    [Fact]
    public Task Values_that_are_not_personal_data_are_fine() => Verify.VerifyAsync(Usings + """
        public class Service
        {
            public void Run(ILogger logger, Customer c, string note)
            {
                logger.LogInformation("Customer {Id} {Length} {Note}", c.Id, c.Email.Length, note);
                Console.WriteLine(c.Id.ToString() + c.Email.GetHashCode());
                Helper.Format(c.Email);
            }
        }

        public static class Helper { public static void Format(string text) { } }
        """ + Fakes);

    [Theory]
    [InlineData("var value = c.Email;")]
    [InlineData("string value; value = c.Email;")]
    [InlineData("var value = \"Dear \" + c.Name;")]
    [InlineData("var value = $\"Dear {c.Name}\";")]
    [InlineData("var value = string.Format(\"{0}\", c.Email);")]
    [InlineData("var value = string.Concat(\"a\", c.Email);")]
    [InlineData("var value = string.Join(\",\", c.Email, c.Id);")]
    [InlineData("var builder = new StringBuilder(); builder.Append(\"to \").Append(c.Email); var value = builder.ToString();")]
    [InlineData("var builder = new StringBuilder(); builder.AppendLine(c.Email); var value = builder;")]
    [InlineData("var value = c.Email.ToString();")]
    [InlineData("var value = c.Email.Trim().ToUpperInvariant();")]
    [InlineData("var value = c.Id > 0 ? c.Email : \"none\";")]
    [InlineData("var value = (string?)null ?? c.Email;")]
    [InlineData("var value = ((Customer?)c)?.Email;")]
    [InlineData("var value = (c.Id, c.Email);")]
    [InlineData("var (id, value) = (c.Id, c.Email);")]
    [InlineData("var value = new[] { c.Email };")]
    [InlineData("var value = new List<string> { c.Email };")]
    [InlineData("var value = new List<string>(); value.Add(c.Email);")]
    [InlineData("var value = new Dictionary<string, string> { [\"to\"] = c.Email };")]
    [InlineData("var value = new { To = c.Email };")]
    [InlineData("var value = new Envelope { To = c.Email };")]
    [InlineData("Func<string> read = () => c.Email; var value = read();")]
    [InlineData("var value = new[] { c }.Select(x => x.Email).ToList();")]
    [InlineData("var value = \"\"; foreach (var e in new[] { c.Email }) { value += e; }")]
    [InlineData("string[] value = [c.Id.ToString(), c.Email];")]
    [InlineData("object boxed = c.Email; var value = boxed is string s ? s : \"\";")]
    public Task Flow_clauses_carry_personal_data_to_the_sink(string statements) => Verify.VerifyAsync(Usings + """
        public class Envelope { public string To { get; set; } = ""; }

        public class Service
        {
            public void Run(Customer c)
            {
                
        """ + statements + """

                Console.WriteLine({|PRIV003:value|});
            }
        }
        """ + Fakes);

    [Theory]
    [InlineData("logger.Log(LogLevel.Information, \"{0}\", {|PRIV003:c.Email|});")]
    [InlineData("using var scope = logger.BeginScope({|PRIV003:c.Email|});")]
    [InlineData("logger.LogWarning(\"{E}\", {|PRIV003:c.Email|});")]
    [InlineData("Define(logger, {|PRIV003:c.Email|}, null);")]
    [InlineData("Logged(logger, {|PRIV003:c.Email|});")]
    [InlineData("Console.WriteLine({|PRIV003:c.Email|});")]
    [InlineData("Console.Write(\"{0}\", {|PRIV003:c.Email|});")]
    [InlineData("Console.Out.WriteLine({|PRIV003:c.Email|});")]
    [InlineData("Console.Error.Write({|PRIV003:c.Email|});")]
    [InlineData("Debug.WriteLine({|PRIV003:c.Email|});")]
    [InlineData("Debug.WriteLineIf(c.Id > 0, {|PRIV003:$\"user {c.Email}\"|});")]
    [InlineData("Debug.Assert(c.Id > 0, {|PRIV003:$\"user {c.Email}\"|});")]
    [InlineData("serilog.ForContext(\"user\", {|PRIV003:c.Email|});")]
    [InlineData("Trace.TraceInformation({|PRIV003:c.Email|});")]
    [InlineData("new TraceSource(\"app\").TraceEvent(TraceEventType.Information, 1, {|PRIV003:c.Email|});")]
    [InlineData("Activity.Current?.SetTag(\"user\", {|PRIV003:c.Email|});")]
    [InlineData("Activity.Current?.AddBaggage(\"user\", {|PRIV003:c.Email|});")]
    [InlineData("Activity.Current?.AddEvent({|PRIV003:new ActivityEvent(\"signup\", default, new ActivityTagsCollection { { \"user\", c.Email } })|});")]
    [InlineData("throw new InvalidOperationException({|PRIV003:\"Unknown \" + c.Email|});")]
    [InlineData("throw new ArgumentException({|PRIV003:c.Name|}, nameof(c));")]
    [InlineData("serilog.Information(\"{E}\", {|PRIV003:c.Email|});")]
    [InlineData("Serilog.Log.Warning(\"{E}\", {|PRIV003:c.Email|});")]
    [InlineData("Audit.Write({|PRIV003:c.Email|});")]
    [InlineData("Audit.Store(\"key\", {|PRIV003:c.Email|});")]
    public Task Every_built_in_sink_kind_is_recognized(string call) => Verify.VerifyAsync(Usings + """
        public static class Audit
        {
            [DataSink(SinkKind.Storage)]
            public static void Write(string value) { }

            public static void Store(string key, [DataSink(SinkKind.Network)] string value) { }
        }

        public class Service
        {
            private static readonly Action<ILogger, string, Exception?> Define = LoggerMessage.Define<string>(LogLevel.Information, 1, "{E}");

            [LoggerMessage(2, LogLevel.Information, "{E}")]
            private static void Logged(ILogger logger, string e) { }

            public void Run(ILogger logger, Serilog.ILogger serilog, Customer c)
            {
                
        """ + call + """

            }
        }
        """ + Fakes);

    [Fact]
    public Task Non_sink_parameters_and_arguments_are_fine() => Verify.VerifyAsync(Usings + """
        public static class Audit
        {
            public static void Store([DataSink(SinkKind.Storage)] string key, string value) { }
        }

        public class Service
        {
            public void Run(ILogger logger, Customer c)
            {
                Audit.Store("key", c.Email);
                throw new ArgumentException("bad customer", c.Email);
            }
        }
        """ + Fakes);

    [Fact]
    public Task Anonymizes_ends_the_flow() => Verify.VerifyAsync(Usings + """
        public static class Redact
        {
            [Anonymizes]
            public static string Mask(string value) => "***";
        }

        public class Service
        {
            public void Run(ILogger logger, Customer c)
            {
                var masked = Redact.Mask(c.Email);
                logger.LogInformation("{E} {N}", masked, Redact.Mask("Dear " + c.Name));
                logger.LogInformation("{E}", {|PRIV003:masked + c.Name|});
            }
        }
        """ + Fakes);

    [Fact]
    public Task Whole_objects_holding_personal_data_count_transitively() => Verify.VerifyAsync(
        Usings + """
        public class Order { public int Number { get; set; } public Customer Buyer { get; set; } = new(); public string Reference { get; set; } = ""; }
        public class Product { public string Sku { get; set; } = ""; }

        public class Service
        {
            public void Run(ILogger logger, Customer c, Order o, List<Order> orders, Product p)
            {
                logger.LogInformation("{C}", {|#0:c|});
                logger.LogInformation("{O}", {|PRIV003:o|});
                logger.LogInformation("{O}", {|PRIV003:orders|});
                logger.LogInformation("{O}", {|PRIV003:$"{o}"|});
                logger.LogInformation("{O}", {|PRIV003:o.ToString()|});
                logger.LogInformation("{P} {N} {R}", p, o.Number, o.Reference);
            }
        }
        """ + Fakes,
        Verify.Diagnostic("PRIV003").WithLocation(0).WithArguments("a whole 'Customer', which holds 'Customer.Email' (email address),", "a log", "LoggerExtensions.LogInformation"));

    [Fact]
    public Task A_logger_of_a_service_that_holds_personal_data_is_not_itself_personal_data() => Verify.VerifyAsync(Usings + """
        public class CustomerService
        {
            private readonly ILogger<CustomerService> logger;
            private readonly List<Customer> customers = new();

            public CustomerService(ILogger<CustomerService> logger) => this.logger = logger;

            public void Count() => logger.LogInformation("Customers: {Count}", customers.Count);

            public void Scoped() => logger.BeginScope("count");
        }
        """ + Fakes);

    [Fact]
    public Task Collections_tuples_and_nullables_of_personal_data_still_count() => Verify.VerifyAsync(Usings + """
        public class Service
        {
            public void Run(ILogger logger, List<Customer> customers, (Customer, int) pair, KeyValuePair<int, Customer> entry)
            {
                logger.LogInformation("{All}", {|#0:customers|});
                logger.LogInformation("{Pair}", {|#1:pair|});
                logger.LogInformation("{Entry}", {|#2:entry|});
            }
        }
        """ + Fakes,
        Verify.Diagnostic("PRIV003").WithLocation(0).WithArguments("a whole 'List<Customer>', which holds 'Customer.Email' (email address),", "a log", "LoggerExtensions.LogInformation"),
        Verify.Diagnostic("PRIV003").WithLocation(1).WithArguments("a whole '(Customer, int)', which holds 'Customer.Email' (email address),", "a log", "LoggerExtensions.LogInformation"),
        Verify.Diagnostic("PRIV003").WithLocation(2).WithArguments("a whole 'KeyValuePair<int, Customer>', which holds 'Customer.Email' (email address),", "a log", "LoggerExtensions.LogInformation"));

    [Fact]
    public Task A_cycle_in_the_type_graph_ends() => Verify.VerifyAsync(Usings + """
        public class Node { public Node? Next { get; set; } public List<Node> Children { get; } = new(); public Node[] Peers = System.Array.Empty<Node>(); }
        public class Person { public Person? Friend { get; set; } [PersonalData(Category.Name, Purpose.AccountManagement)] public string Name { get; set; } = ""; }

        public class Service
        {
            public void Run(Node n, Person p)
            {
                Console.WriteLine(n);
                Console.WriteLine({|PRIV003:p.Friend|});
            }
        }
        """ + Fakes);

    [Fact]
    public Task Editorconfig_adds_sinks_in_both_syntaxes() => Verify.VerifyAsync(
        Usings + """
        namespace MyCompany
        {
            public static class Audit
            {
                public static void Write(string value) { }
                public static void Other(string value) { }
            }

            public class Telemetry { public void Track(string name, object value) { } }
        }

        public class Service
        {
            public void Run(Customer c, MyCompany.Telemetry t)
            {
                MyCompany.Audit.Write({|PRIV003:c.Email|});
                MyCompany.Audit.Other(c.Email);
                t.Track("signup", {|PRIV003:c.Name|});
            }
        }
        """ + Fakes,
        editorConfig: "privacy_attributes.additional_sinks = MyCompany.Audit.Write, M:MyCompany.Telemetry.Track(System.String,System.Object)\n",
        references: []);

    [Fact]
    public Task Editorconfig_adds_sanitizers() => Verify.VerifyAsync(
        Usings + """
        namespace MyCompany { public static class Hashing { public static string Hmac(string value) => value; } }

        public class Service
        {
            public void Run(ILogger logger, Customer c)
            {
                logger.LogInformation("{E}", MyCompany.Hashing.Hmac(c.Email));
                logger.LogInformation("{E}", {|PRIV003:c.Name|});
            }
        }
        """ + Fakes,
        editorConfig: "privacy_attributes.additional_sanitizers = MyCompany.Hashing.Hmac\n",
        references: []);

    [Fact]
    public async Task Members_from_a_referenced_assembly_reach_sinks()
    {
        var library = TestReferences.CompileLibrary("Domain", """
            using PrivacyAttributes;
            namespace Domain
            {
                public class Patient
                {
                    [PersonalData(Category.Health, Purpose.HealthcareProvision)]
                    public string Diagnosis { get; set; } = "";
                }

                public class Visit { public Patient Patient { get; set; } = new(); }
            }
            """);
        await Verify.VerifyAsync(
            """
            using System;
            public class Clinic
            {
                public void Run(Domain.Patient p, Domain.Visit v)
                {
                    Console.WriteLine({|PRIV003:p.Diagnosis|});
                    Console.WriteLine({|PRIV003:v|});
                }
            }
            """,
            editorConfig: null,
            references: [library]);
    }

    [Fact]
    public Task Parameters_and_return_values_are_sources() => Verify.VerifyAsync(Usings + """
        public class Service
        {
            [return: PersonalData(Category.PhoneNumber, Purpose.CustomerSupport)]
            public string Phone() => "";

            public void Run([PersonalData(Category.IpAddress, Purpose.Security)] string ip)
            {
                Console.WriteLine({|PRIV003:ip|});
                Console.WriteLine({|PRIV003:"call " + Phone()|});
            }
        }
        """ + Fakes);
}
