"""The layer blobs of an OCI image layout, in order: what the floor scripts inflate."""
import json, os


def layer_blobs(layout):
    """Paths of the first manifest's layer blobs."""
    blobs = os.path.join(layout, "blobs", "sha256")
    index = json.load(open(os.path.join(layout, "index.json")))
    manifest = json.load(open(os.path.join(blobs, index["manifests"][0]["digest"].split(":")[1])))
    return [os.path.join(blobs, layer["digest"].split(":")[1]) for layer in manifest["layers"]]
