using System.CommandLine;
using DocClassifier.Benchmarks;

var folder = new Argument<DirectoryInfo>("folder") { Description = "Images with ground truth (X.png + X.gt.txt/X.txt, or SROIE img/ + box/)." };
var lang = new Option<string>("--lang") { Description = "Tesseract languages.", DefaultValueFactory = _ => "chi_tra" };
var limit = new Option<int>("--limit") { Description = "At most this many images.", DefaultValueFactory = _ => 1000 };
var verbose = new Option<bool>("--verbose") { Description = "Print each image's CER." };
var targetDpi = new Option<int>("--target-dpi") { Description = "Rescale our pages to this resolution before OCR (0: the default, Extraction:TargetResolution)." };
var quick = new Option<bool>("--quick") { Description = "Only the CLI and our default pipeline." };
var outputs = new Option<string?>("--outputs") { Description = "Write every variant's text per image into this folder (one subfolder per variant)." };
var every = new Option<int>("--every") { Description = "Only one image in this many, the first of each run (names in order): `--every 5` is the fixed fifth of a set.", DefaultValueFactory = _ => 1 };
var noCli = new Option<bool>("--no-cli") { Description = "Read with ours only, not with the tesseract CLI." };
var accuracy = new Command("accuracy", "CER and order-free recall vs the tesseract CLI (per category with a manifest.tsv).") { folder, lang, limit, verbose, targetDpi, quick, outputs, every, noCli };
accuracy.SetAction(r => AccuracyBenchmark.Run(
    r.GetValue(folder)!.FullName, r.GetValue(lang)!, r.GetValue(limit), r.GetValue(verbose), r.GetValue(targetDpi), r.GetValue(quick), r.GetValue(outputs),
    r.GetValue(every), !r.GetValue(noCli)));

var pages = new Option<int>("--pages") { Description = "How many pages.", DefaultValueFactory = _ => 20 };
var speedLang = new Option<string>("--lang") { Description = "Tesseract languages.", DefaultValueFactory = _ => "chi_tra" };
var speed = new Command("speed", "Pages per second vs the tesseract CLI run in parallel; engine start-up and RSS.") { pages, speedLang };
speed.SetAction(r => SpeedBenchmark.Run(r.GetValue(pages), r.GetValue(speedLang)!));

var output = new Argument<DirectoryInfo>("folder") { Description = "Where to write the OCR fixtures and their ground truth." };
var fixtures = new Command("fixtures", "Render the OCR fixtures (Chinese form, English letter; PNG, JPEG, TIFF, PDFs) with ground truth.") { output };
fixtures.SetAction(r => DocClassifier.Samples.OcrFixtureSet.Write(r.GetValue(output)!.FullName));

var pagesOutput = new Argument<DirectoryInfo>("folder") { Description = "Where to write the OCR page set (tune/ and measure/, images beside .gt.txt, manifest.tsv)." };
var pagesPerHalf = new Option<int>("--pages") { Description = "Pages in each half.", DefaultValueFactory = _ => 90 };
var ocrPages = new Command("ocr-pages", "Render the Chinese OCR page set: three layout families in two faces to tune on, three others in three other faces to measure on.") { pagesOutput, pagesPerHalf };
ocrPages.SetAction(r => DocClassifier.Samples.OcrPages.OcrPageSet.Write(r.GetValue(pagesOutput)!.FullName, r.GetValue(pagesPerHalf)));

var columnsOutput = new Argument<DirectoryInfo>("folder") { Description = "Where to write the two-column letters (images beside .gt.txt, manifest.tsv)." };
var columnPages = new Option<int>("--pages") { Description = "How many.", DefaultValueFactory = _ => 18 };
var columnBulletins = new Option<bool>("--bulletins") { Description = "Render two-column bulletins (headed columns, rows that do not line up, a rule in the gutter) instead of letters." };
var columnSeed = new Option<int?>("--seed") { Description = "Another seed than the default set's (letters 1800, bulletins 2800): more pages of the same layout." };
var ocrColumns = new Command("ocr-columns", "Render two-column letters (or bulletins) in the tune half's faces (no measured layout or face) to tune reading order on.") { columnsOutput, columnPages, columnBulletins, columnSeed };
ocrColumns.SetAction(r =>
{
    var folder = r.GetValue(columnsOutput)!.FullName;
    if (r.GetValue(columnBulletins))
    {
        DocClassifier.Samples.OcrPages.OcrPageSet.WriteTwoColumnBulletins(folder, r.GetValue(columnPages), r.GetValue(columnSeed) ?? DocClassifier.Samples.OcrPages.OcrPageSet.BulletinSeed);
    }
    else
    {
        DocClassifier.Samples.OcrPages.OcrPageSet.WriteTwoColumnLetters(folder, r.GetValue(columnPages), r.GetValue(columnSeed) ?? DocClassifier.Samples.OcrPages.OcrPageSet.LetterSeed);
    }
});

var trainData = new Option<string>("--train") { Description = "Training folder (one subfolder of .txt per label).", Required = true };
var testData = new Option<string?>("--test") { Description = "Test folder, same layout." };
var heldOutShare = new Option<double>("--held-out") { Description = "Also hold out this stratified share of --train (seed 0) as the test set; ours tunes only on the rest (0 skips)." };
var cvFolds = new Option<int>("--folds") { Description = "Also cross-validate on --train with this many stratified folds, the same for both (0 skips)." };
var textCache = new Option<string>("--cache") { Description = "Extracted-text cache of the documents.", DefaultValueFactory = _ => DocClassifier.Training.TextCache.DefaultFolder };
var served = new Option<DocClassifier.Training.ServedModel>("--served") { Description = "The model ours serves: Refit (on all training documents) or FoldAverage (the average of the fold models)." };
var servingCheck = new Option<string?>("--serving-check") { Description = "With --held-out: compare the served models by outer folds of the tuning part only, with this fixed trainer (e.g. 'LbfgsMaximumEntropy(l2=0.1)'); the held-out part is not read." };
var noRace = new Option<bool>("--no-race") { Description = "Ours cross-validates every trainer setting and feature candidate on every fold (Training's RaceMargin off), to measure what the race saves and costs." };
var tuningPart = new Option<bool>("--tuning-part") { Description = "With --held-out and --folds: cross-validate the tuning part only, ours beside scikit-learn; the held-out part is not read." };
var outOfFold = new Option<string?>("--out-of-fold") { Description = "With --folds: write our kept recipe's out-of-fold probabilities (before calibration), each document's label, fold and prepared text, to this CSV." };
var classifier = new Command("classifier", "Macro-F1, automation at 98 % precision, calibration, training time and prediction latency vs scikit-learn TF-IDF + logistic regression.") { trainData, testData, heldOutShare, cvFolds, textCache, served, servingCheck, noRace, tuningPart, outOfFold };
classifier.SetAction(r => ClassifierBenchmark.Run(r.GetValue(trainData)!, r.GetValue(testData), r.GetValue(heldOutShare), r.GetValue(cvFolds), r.GetValue(textCache)!, r.GetValue(served), r.GetValue(servingCheck), r.GetValue(noRace), r.GetValue(tuningPart), r.GetValue(outOfFold)));

var bornDigital = new Option<int>("--born-digital") { Description = "Born-digital PDFs dropped at once (0 skips).", DefaultValueFactory = _ => 2000 };
var scanned = new Option<int>("--scanned") { Description = "Scanned pages dropped at once (0 skips).", DefaultValueFactory = _ => 60 };
var printed = new Option<int>("--printed") { Description = "Born-digital PDFs printed by Chromium (subsetted TrueType fonts, as office suites write) dropped at once (0 skips).", DefaultValueFactory = _ => 0 };
var scannedPdfs = new Option<int>("--scanned-pdfs") { Description = "Scanned PDFs of 3 pages dropped at once, against ocrmypdf (0 skips).", DefaultValueFactory = _ => 20 };
var postgres = new Option<string?>("--postgres") { Description = "PostgreSQL server connection string: a scratch database is created and dropped; default is the embedded SQLite." };
var workerProcesses = new Option<int>("--worker-processes") { Description = "With --postgres: an intake node plus this many worker processes sharing the cores (0: one node does everything)." };
var timeline = new Option<bool>("--timeline") { Description = "Also print docs/s for each successive 1,000 documents finished." };
var abRounds = new Option<int>("--ab-rounds") { Description = "With --postgres: run the service this many times on each store, SQLite and PostgreSQL in turn, on the same files, and print the ratio." };
var pgStatements = new Option<bool>("--pg-statements") { Description = "With --postgres: statements, commits and server time per document from pg_stat_statements (the server must preload it)." };
var serviceSetting = new Option<string[]>("--setting") { Description = "A setting for the service's processes, NAME=VALUE as configuration keys (e.g. Hangfire:PostgreSql:QueuePollInterval=00:00:05); repeatable.", AllowMultipleArgumentsPerToken = false };
var cpusPerWorker = new Option<int>("--cpus-per-worker") { Description = "With --worker-processes: pin each worker process to this many cores of its own (taskset); the intake node gets the cores left over." };
var warmUp = new Option<int?>("--warm-up") { Description = "Born-digital documents in the warm-up batch (default 1,000: the JIT's recompiling of PdfPig's hot paths takes that long)." };
var warmUpPages = new Option<int?>("--warm-up-pages") { Description = "Scanned pages in the warm-up batch of the scanned run (default 64: the tiered JIT recompiles what runs once a document after 30 calls, and later than that)." };
var pairedBatches = new Option<int>("--paired-batches") { Description = "Scanned pages: N batches of --scanned pages into one warm service per store, each run beside extraction alone on the same pages (order alternating), so the overhead is measured pair by pair instead of between windows minutes apart." };
var skipAnchors = new Option<bool>("--skip-anchors") { Description = "Leave out pdftotext on the born-digital files (for runs that compare the service with itself)." };
var service = new Command("service", "The service end to end (inbox to result JSON) vs pdftotext, the tesseract CLI, extraction alone and ocrmypdf; peak RSS.")
{
    bornDigital, printed, scanned, scannedPdfs, postgres, workerProcesses, timeline, abRounds, pgStatements, serviceSetting, cpusPerWorker, warmUp, warmUpPages, skipAnchors, pairedBatches,
};
service.SetAction(r => ServiceBenchmark.Run(
    r.GetValue(bornDigital), r.GetValue(scanned), r.GetValue(postgres), r.GetValue(workerProcesses), r.GetValue(timeline), r.GetValue(scannedPdfs), r.GetValue(printed),
    new ServiceRunOptions { SkipAnchors = r.GetValue(skipAnchors), WarmUpDocuments = r.GetValue(warmUp), WarmUpPages = r.GetValue(warmUpPages), CpusPerWorker = r.GetValue(cpusPerWorker), Rounds = r.GetValue(abRounds), Statements = r.GetValue(pgStatements), PairedBatches = r.GetValue(pairedBatches), Settings = ServiceRunOptions.ParseSettings(r.GetValue(serviceSetting) ?? []) }));

var ledgerCount = new Option<int>("--count") { Description = "Documents per storage.", DefaultValueFactory = _ => 5000 };
var ledgerPostgres = new Option<string?>("--postgres") { Description = "PostgreSQL server connection string: a scratch database is created and dropped (SQLite always runs)." };
var ledger = new Command("ledger", "Ledger operations per second (intake, state changes, review claims) on SQLite and PostgreSQL.") { ledgerCount, ledgerPostgres };
ledger.SetAction(r => LedgerBenchmark.Run(r.GetValue(ledgerCount), r.GetValue(ledgerPostgres)));

var plansDocuments = new Option<int>("--documents") { Description = "Documents in the ledger.", DefaultValueFactory = _ => 100_000 };
var plansWaiting = new Option<int>("--waiting") { Description = "Of them, waiting for review.", DefaultValueFactory = _ => 20_000 };
var plansPostgres = new Option<string>("--postgres") { Description = "PostgreSQL server connection string: a scratch database is created and dropped.", Required = true };
var ledgerPlans = new Command("ledger-plans", "Plans (EXPLAIN ANALYZE, BUFFERS) and timings of the review queue, search and start-up queries on a big PostgreSQL ledger.") { plansDocuments, plansWaiting, plansPostgres };
ledgerPlans.SetAction(r => LedgerPlansBenchmark.Run(r.GetValue(plansDocuments), r.GetValue(plansWaiting), r.GetValue(plansPostgres)!));

var photoFolder = new Argument<DirectoryInfo>("folder") { Description = "Photographed documents (JPEG/PNG)." };
var photoTruth = new Option<FileInfo?>("--truth") { Description = "Tab-separated image, field (number, taxId, date, total), value; kept outside the repository." };
var photoDump = new Option<DirectoryInfo?>("--dump") { Description = "Write each normalised photo here as PNG (and each generated photo as its JPEG)." };
var photoInspect = new Option<bool>("--inspect-only") { Description = "Only what the photo normaliser sees in each image (no OCR)." };
var photos = new Command("photos", "Photos of real documents: photo detection, Chinese read and key fields found, ours vs the tesseract CLI.") { photoFolder, photoTruth, photoDump, photoInspect };
photos.SetAction(r => PhotoFieldsBenchmark.Run(r.GetValue(photoFolder)!.FullName, r.GetValue(photoTruth)?.FullName, r.GetValue(photoDump)?.FullName, r.GetValue(photoInspect)));
var generatedCount = new Option<int>("--count") { Description = "How many invoice photos to generate.", DefaultValueFactory = _ => 12 };
var generatedSeed = new Option<int>("--seed") { Description = "Seed of the generated set (the held-out set is seed 1800).", DefaultValueFactory = _ => 1800 };
var generatedPhotos = new Command("generated-photos", "Generated invoice photos (perspective, shadow, blur, JPEG) with known key fields, ours vs the tesseract CLI.") { generatedCount, generatedSeed, photoDump };
generatedPhotos.SetAction(r => PhotoFieldsBenchmark.RunGenerated(r.GetValue(generatedCount), r.GetValue(generatedSeed), r.GetValue(photoDump)?.FullName));

var setForms = new Option<int>("--forms") { Description = "Generated 300 dpi forms (0 skips).", DefaultValueFactory = _ => 20 };
var setReceipts = new Option<DirectoryInfo?>("--receipts") { Description = "SROIE receipts (img/ + box/)." };
var setLow = new Option<DirectoryInfo[]>("--low-res-from") { Description = "Folders of pages with ground truth, scaled down to 100 dpi for the low-resolution set.", AllowMultipleArgumentsPerToken = true };
var setPhotos = new Option<DirectoryInfo?>("--photos") { Description = "Photographed documents (JPEG)." };
var setLimit = new Option<int>("--limit") { Description = "At most this many pages a set.", DefaultValueFactory = _ => 50 };
var sets = new Command("sets", "Forms, receipts, 100 dpi scans and photos: pages/s and accuracy vs the tesseract CLI on the same cores.") { setForms, setReceipts, setLow, setPhotos, setLimit };
sets.SetAction(r => SetsBenchmark.Run(
    r.GetValue(setForms), r.GetValue(setReceipts)?.FullName, [.. (r.GetValue(setLow) ?? []).Select(d => d.FullName)], r.GetValue(setPhotos)?.FullName, r.GetValue(setLimit)));

var stageFolders = new Argument<DirectoryInfo[]>("folders") { Description = "Folders of pages with ground truth (or of images alone, timed without scores).", Arity = ArgumentArity.OneOrMore };
var stageLang = new Option<string>("--cli-lang") { Description = "The CLI's language for these pages.", DefaultValueFactory = _ => "eng" };
var stageLimit = new Option<int>("--limit") { Description = "At most this many pages.", DefaultValueFactory = _ => 50 };
var stageLow = new Option<bool>("--low-res") { Description = "Scale the pages down to 100 dpi first, as the sets benchmark does." };
var stageTrace = new Option<bool>("--trace") { Description = "Print every reading (probe strip or page, languages, size, confidence, its text's opening)." };
var stageDump = new Option<DirectoryInfo?>("--dump") { Description = "Write each prepared page (the image the readings are made of) here as PNG, in reading order (the warm-up page first)." };
var stages = new Command("stages", "Where each page's OCR time goes (preprocessing, script probe, each language's reading), one thread, beside the CLI.") { stageFolders, stageLang, stageLimit, stageLow, stageTrace, stageDump };
stages.SetAction(r => StagesBenchmark.Run(
    [.. r.GetValue(stageFolders)!.Select(d => d.FullName)], r.GetValue(stageLang)!, r.GetValue(stageLimit), r.GetValue(stageLow), r.GetValue(stageTrace),
    r.GetValue(stageDump)?.FullName));

var root = new RootCommand("DocClassifier benchmarks: numbers for the README.") { accuracy, speed, photos, generatedPhotos, sets, stages, fixtures, ocrPages, ocrColumns, classifier, service, ledger, ledgerPlans, ColdStartBenchmark.Command(), SearchablePdfBenchmark.Command(), SplitBenchmark.Command(), SoakBenchmark.Command() };
return await root.Parse(args).InvokeAsync();
