using System;

namespace PrivacyAttributes.Inventory.Tool;

/// <summary>The entry point.</summary>
public static class Program
{
    /// <summary>Runs the tool; see <see cref="InventoryTool"/>.</summary>
    /// <param name="args">The command line.</param>
    /// <returns>0 when the files were written or a warning was reported; 1 for a wrong command line.</returns>
    public static int Main(string[] args) => InventoryTool.Run(args, Console.Out);
}
