"""reviewer.pinyin_reading reads Chinese exactly as pypinyin imported the usual way does,
though it loads pypinyin's phrase dictionary in slices (so other threads keep running)."""
from __future__ import annotations

import json
import subprocess
import sys

from reviewer import pinyin_reading

# Names, and words whose reading depends on the phrase dictionary (a heteronym read
# by its phrase: 长江 cháng, 重庆 chóng, 单于 chán, 曾经 céng, 银行 háng, 朝阳 zhāo).
TEXTS = ["张伟", "王芳", "曾国藩", "单雄信", "长江", "重庆", "单于", "曾经", "银行", "朝阳区", "解放军",
         "长孙无忌", "尉迟恭", "欧阳修", "李长江", "覃", "区", "乐乐", "查理"]


def test_sliced_phrases_equal_the_whole_file_parsed_at_once() -> None:
    path = pinyin_reading._phrases_file()
    assert path is not None
    assert pinyin_reading._phrases_in_slices(path) == json.loads(path.read_text(encoding="utf-8"))


def test_readings_equal_pypinyin_imported_as_usual() -> None:
    usual = subprocess.run(
        [sys.executable, "-c", "import json, sys; from pypinyin import lazy_pinyin; "
                               "print(json.dumps([lazy_pinyin(t) for t in json.loads(sys.argv[1])]))",
         json.dumps(TEXTS)], capture_output=True, text=True, check=True)
    ours = subprocess.run(
        [sys.executable, "-c", "import json, sys; from reviewer.pinyin_reading import lazy_pinyin; "
                               "print(json.dumps([lazy_pinyin(t) for t in json.loads(sys.argv[1])]))",
         json.dumps(TEXTS)], capture_output=True, text=True, check=True)
    assert json.loads(ours.stdout) == json.loads(usual.stdout)


def test_a_missing_dictionary_file_falls_back_to_the_usual_import(tmp_path) -> None:  # noqa: ANN001
    assert pinyin_reading._phrases_in_slices(tmp_path / "absent.json") is None
    broken = tmp_path / "phrases_dict.json"
    broken.write_text('{\n"长江": [\n["cháng"\n', encoding="utf-8")
    assert pinyin_reading._phrases_in_slices(broken) is None
