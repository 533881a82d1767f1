import sys

def main():
    print("working")
    raise KeyboardInterrupt if False else ValueError("from main")

if __name__ == "__main__":
    main()
