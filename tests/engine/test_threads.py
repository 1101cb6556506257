"""Curves on one intra-op thread while a depth run elsewhere keeps its threads (robust on a busy laptop)."""

import threading

import torch

from engine.devices import SINGLE_THREAD_POINTS, intra_op_threads, threads_for


def test_explorer_sized_curves_get_one_thread_and_huge_ones_the_default():
    assert threads_for(100_001) == 1
    assert threads_for(SINGLE_THREAD_POINTS + 1) == torch.get_num_threads()


def test_the_thread_count_is_restored_after_the_block_even_on_error():
    before = torch.get_num_threads()
    try:
        with intra_op_threads(1):
            assert torch.get_num_threads() == 1
            raise KeyError("boom")
    except KeyError:
        pass
    assert torch.get_num_threads() == before


def test_a_worker_thread_keeps_its_threads_while_the_gui_thread_evaluates_on_one():
    with intra_op_threads(2):
        _worker_keeps_its_threads()


def _worker_keeps_its_threads():
    seen = {}
    started, release = threading.Event(), threading.Event()

    def worker():  # a depth run in a worker thread
        seen["before"] = torch.get_num_threads()
        started.set()
        release.wait(5)
        seen["during"] = torch.get_num_threads()

    t = threading.Thread(target=worker)
    t.start()
    started.wait(5)
    with intra_op_threads(1):
        release.set()
        t.join(5)
    assert seen == {"before": 2, "during": 2}


def test_none_leaves_the_thread_count_as_it_is():
    before = torch.get_num_threads()
    with intra_op_threads(None):
        assert torch.get_num_threads() == before
    assert torch.get_num_threads() == before
