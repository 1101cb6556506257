"""A benchmark that cannot measure fails (a FAIL row, exit status 1); it never reads as a pass (issue 28)."""

import json

import pytest

import bench.__main__ as bench_main
from bench import _harness
from bench._harness import Report, Target


@pytest.fixture
def results(tmp_path, monkeypatch):
    monkeypatch.setattr(_harness, "RESULTS", tmp_path)
    monkeypatch.setattr(bench_main, "RESULTS", tmp_path)
    return tmp_path


def test_a_target_not_measured_is_a_failure():
    assert Target("first curve", None, 1000).verdict == "FAIL"
    assert "not measured" in Target("first curve", None, 1000).line()
    assert Target("first curve", 900, 1000).verdict == "PASS" and Target("first curve", 1100, 1000).verdict == "FAIL"


def test_a_part_that_could_not_measure_fails_the_benchmark(results):
    report = Report("startup", "Start-up")
    report.add(build="source", mark="first-paint", median_ms=250)
    assert report.exit_status() == 0
    report.fail("frozen build: dist/ActivationLab/ActivationLab not found")
    assert report.exit_status() == 1
    doc = json.loads(report.write().read_text(encoding="utf-8"))
    assert [t["verdict"] for t in doc["targets"]] == ["FAIL"]
    assert doc["failed"] == ["frozen build: dist/ActivationLab/ActivationLab not found"]


def test_a_report_without_rows_fails_and_no_gpu_is_only_a_note(results):
    report = Report("depth", "Depth")
    report.not_applicable("CUDA: torch sees no GPU")
    report.write()
    assert report.exit_status() == 1 and report.failed == ["no row was measured"]
    assert report.notes == ["not applicable: CUDA: torch sees no GPU"]


def test_the_summary_fails_on_a_missing_result_or_a_crash(results, capsys):
    passed = Report("export", "Export")
    passed.add(what="png", median_ms=12)
    passed.target("png export", 12, 100)
    passed.write()
    assert bench_main.summarize(["export"], []) == 0
    assert bench_main.summarize(["export", "startup"], []) == 1  # startup wrote no result
    assert "FAIL" in capsys.readouterr().out
    assert bench_main.summarize(["export"], ["export (exit 1)"]) == 1
