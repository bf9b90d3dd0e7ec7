using System.CommandLine;
using DocClassifier.Benchmarks;

var folder = new Argument<DirectoryInfo>("folder") { Description = "Images with ground truth (X.png + X.gt.txt/X.txt, or SROIE img/ + box/)." };
var lang = new Option<string>("--lang") { Description = "Tesseract languages.", DefaultValueFactory = _ => "chi_tra" };
var limit = new Option<int>("--limit") { Description = "At most this many images.", DefaultValueFactory = _ => 1000 };
var verbose = new Option<bool>("--verbose") { Description = "Print each image's CER." };
var accuracy = new Command("accuracy", "CER and order-free recall vs the tesseract CLI.") { folder, lang, limit, verbose };
accuracy.SetAction(r => AccuracyBenchmark.Run(r.GetValue(folder)!.FullName, r.GetValue(lang)!, r.GetValue(limit), r.GetValue(verbose)));

var root = new RootCommand("DocClassifier benchmarks: numbers for the README.") { accuracy };
return await root.Parse(args).InvokeAsync();
