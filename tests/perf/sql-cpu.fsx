// SQLite's own CPU time for hand-written reads, through the SQLite library a published Api ships (Debian's sqlite3
// shell is older and cannot open the FTS5 index). Prints each statement's query plan and the process CPU time of
// reading all its rows, three times; the lowest is the "plain SQL" of a read.
// Needs a Release build of the Api (dotnet publish -c Release src/Api builds it), whose libraries it loads.
// Usage: dotnet fsi tests/perf/sql-cpu.fsx DB_FILE SQL_FILE   (statements separated by ";;")
#r "../../src/Api/bin/Release/net10.0/linux-x64/SQLitePCLRaw.core.dll"
#r "../../src/Api/bin/Release/net10.0/linux-x64/SQLitePCLRaw.provider.e_sqlite3.dll"
#r "../../src/Api/bin/Release/net10.0/linux-x64/SQLitePCLRaw.batteries_v2.dll"
#r "../../src/Api/bin/Release/net10.0/linux-x64/Microsoft.Data.Sqlite.dll"
open Microsoft.Data.Sqlite
let dbFile, sqlFile = fsi.CommandLineArgs.[1], fsi.CommandLineArgs.[2]
let native = System.IO.Path.Combine(__SOURCE_DIRECTORY__, "../../src/Api/bin/Release/net10.0/linux-x64/libe_sqlite3.so")
// fsi does not probe the Api's folder for the native library.
System.Runtime.InteropServices.NativeLibrary.SetDllImportResolver(typeof<SQLitePCL.SQLite3Provider_e_sqlite3>.Assembly, fun _ _ _ ->
    System.Runtime.InteropServices.NativeLibrary.Load native)
SQLitePCL.Batteries_V2.Init()
let db = new SqliteConnection($"Data Source={dbFile};Mode=ReadOnly")
db.Open()
let cpu () = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime
// A statement may start with a line "--before: SQL", run untimed before its plan and before each timed run (to empty
// the temporary table a timed INSERT fills, as each request does).
let run (sql: string) =
    use c = db.CreateCommand()
    c.CommandText <- sql
    c.ExecuteNonQuery() |> ignore
for chunk in System.IO.File.ReadAllText(sqlFile).Split(";;") |> Array.map (fun s -> s.Trim()) |> Array.filter ((<>) "") do
    let before, stmt =
        if chunk.StartsWith "--before:" then
            let nl = chunk.IndexOf '\n'
            chunk.Substring(9, nl - 9).Trim(), chunk.Substring(nl + 1).Trim()
        else "", chunk
    printfn "--- %s" (stmt.Replace("\n", " "))
    if before <> "" then run before
    use plan = db.CreateCommand()
    plan.CommandText <- "EXPLAIN QUERY PLAN " + stmt
    use r = plan.ExecuteReader()
    while r.Read() do printfn "    %s" (r.GetString 3)
    r.Close()
    for _ in 1..3 do
        if before <> "" then run before
        let t0 = cpu ()
        use c = db.CreateCommand()
        c.CommandText <- stmt
        use rows = c.ExecuteReader()
        let mutable n = 0
        while rows.Read() do n <- n + 1
        printfn "    rows %d (changed %d), CPU %.1f ms" n rows.RecordsAffected (cpu () - t0).TotalMilliseconds
