"""Deliberately unsafe demo code: `security-guidance scan examples/demo` should flag every marked line."""
import pickle
import subprocess

import yaml


def load_report(blob, cfg_file, user_cmd):
    data = pickle.loads(blob)  # unsafe deserialization
    cfg = yaml.load(cfg_file)  # default loader builds arbitrary objects
    subprocess.run(
        user_cmd,
        shell=True,  # shell injection when user_cmd carries user input
    )
    return eval(data["expr"])  # code execution
